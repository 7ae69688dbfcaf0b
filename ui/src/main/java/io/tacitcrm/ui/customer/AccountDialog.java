package io.tacitcrm.ui.customer;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.tacitcrm.customer.domain.AccountDetails;
import io.tacitcrm.customer.domain.CompanySize;
import io.tacitcrm.customer.domain.ValueTier;
import io.tacitcrm.ui.shell.FormDialog;
import java.util.Optional;
import java.util.function.Function;

/** The customer form: a new customer's details, or an existing one's (see {@link AccountEditing} for the wiring). */
class AccountDialog extends FormDialog<AccountForm> {

    AccountDialog(Optional<AccountForm> existing, Save<AccountForm> save, Runnable onSaved) {
        super(AccountForm.class, "account", "account.saved", save, onSaved);
        setHeaderTitle(getTranslation(existing.isPresent() ? "account.edit" : "account.new"));
        setWidth("min(42rem, 95vw)");
        TextField name = text("name", AccountDetails.NAME_MAX);
        name.setRequiredIndicatorVisible(true);
        Select<CompanySize> size = choice("size", CompanySize.values(), s -> "size." + s.name());
        Select<ValueTier> valueTier = choice("valueTier", ValueTier.values(), t -> "tier." + t.name());
        FormLayout form = new FormLayout(name, text("industry", 100), text("region", 100), size, valueTier,
                text("website", 300), text("phone", 40));
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(name, 2);
        setForm(form);
        edit(existing.orElseGet(AccountForm::blank));
    }

    private TextField text(String property, int max) {
        TextField field = new TextField(getTranslation("account." + property));
        field.setId("account-" + property);
        limited(field, max).bind(property);
        return field;
    }

    private <E extends Enum<E>> Select<E> choice(String property, E[] values,
            Function<E, String> key) {
        Select<E> field = new Select<>();
        field.setLabel(getTranslation("account." + property));
        field.setItems(values);
        field.setEmptySelectionAllowed(true);
        field.setItemLabelGenerator(v -> v == null ? "" : getTranslation(key.apply(v)));
        field.setId("account-" + property);
        binder.forField(field).bind(property);
        return field;
    }
}
