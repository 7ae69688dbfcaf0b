package io.tacitcrm.ui.settings;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.tacitcrm.ui.shell.DatePickers;
import io.tacitcrm.ui.shell.FormDialog;
import java.time.LocalDate;

/** The new-token form: a name to recognise it by and an optional last day. */
class TokenDialog extends FormDialog<TokenForm> {

    TokenDialog(LocalDate today, Save<TokenForm> save, Runnable onSaved) {
        super(TokenForm.class, "token", "tokens.saved", save, onSaved);
        setHeaderTitle(getTranslation("tokens.add"));
        setWidth("min(28em, 95vw)");
        TextField name = new TextField(getTranslation("tokens.name"));
        name.setWidthFull();
        name.setId("token-name");
        name.setHelperText(getTranslation("tokens.name.help"));
        limited(name, 100).bind("name");
        DatePicker lastDay = DatePickers.date(getTranslation("tokens.lastDay"));
        lastDay.setWidthFull();
        lastDay.setId("token-last-day");
        lastDay.setMin(today);
        lastDay.setMax(today.plusDays(365));
        lastDay.setClearButtonVisible(true);
        lastDay.setHelperText(getTranslation("tokens.lastDay.help"));
        binder.forField(lastDay).bind("lastDay");
        setForm(new VerticalLayout(name, lastDay));
        edit(TokenForm.blank());
        addOpenedChangeListener(e -> name.focus());
    }
}
