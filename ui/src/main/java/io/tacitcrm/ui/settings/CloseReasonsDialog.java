package io.tacitcrm.ui.settings;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import io.tacitcrm.ui.shell.FormDialog;

/** The company's won and lost reasons, one a line, which closing a deal picks from. */
final class CloseReasonsDialog extends FormDialog<CloseReasonsForm> {

    CloseReasonsDialog(CloseReasonsForm reasons, Save<CloseReasonsForm> save, Runnable onSaved) {
        super(CloseReasonsForm.class, "reasons", "reasons.saved", save, onSaved);
        setHeaderTitle(getTranslation("reasons.title"));
        setWidth("min(40em, 95vw)");
        TextArea won = area("reasons.won", "reasons-won");
        TextArea lost = area("reasons.lost", "reasons-lost");
        // the service checks each line (length, duplicates) and names it by its index
        binder.forField(won).bind("won");
        binder.forField(lost).bind("lost");
        FormLayout form = new FormLayout(won, lost);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        setForm(form);
        edit(reasons);
    }

    private TextArea area(String labelKey, String id) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setHelperText(getTranslation("reasons.help"));
        area.setId(id);
        area.setMinHeight("12em");
        area.setWidthFull();
        return area;
    }
}
