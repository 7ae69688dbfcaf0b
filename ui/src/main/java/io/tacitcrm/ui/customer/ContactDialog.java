package io.tacitcrm.ui.customer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.common.domain.ExpectedVersion;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.customer.domain.ContactDetails;
import io.tacitcrm.customer.domain.DecisionRole;
import io.tacitcrm.customer.service.ContactService;
import io.tacitcrm.customer.service.ContactView;
import io.tacitcrm.ui.shell.Problems;
import java.util.Map;
import java.util.Optional;

/** Adds a contact to a customer or edits one; read into {@link ContactDetails}, errors next to the fields. */
class ContactDialog extends Dialog {

    private final TextField name = new TextField();
    private final TextField title = new TextField();
    private final TextField phone = new TextField();
    private final EmailField email = new EmailField();
    private final Select<DecisionRole> role = new Select<>();
    private final Div message = new Div();

    ContactDialog(ContactService contacts, AccountId account, Optional<ContactView> existing, Runnable onSaved) {
        setHeaderTitle(getTranslation(existing.isPresent() ? "contact.edit" : "contact.new"));
        setWidth("min(36rem, 95vw)");
        name.setLabel(getTranslation("contact.name"));
        name.setRequiredIndicatorVisible(true);
        name.setId("contact-name");
        title.setLabel(getTranslation("contact.title"));
        phone.setLabel(getTranslation("contact.phone"));
        email.setLabel(getTranslation("contact.email"));
        role.setLabel(getTranslation("contact.role"));
        role.setItems(DecisionRole.values());
        role.setItemLabelGenerator(r -> getTranslation("contact.role." + r));
        role.setValue(DecisionRole.OTHER);
        existing.ifPresent(c -> {
            var d = c.details();
            name.setValue(d.name());
            title.setValue(d.title().orElse(""));
            phone.setValue(d.phone().orElse(""));
            email.setValue(d.email().orElse(""));
            role.setValue(d.decisionRole());
        });
        Map<String, HasValidation> fields = Map.of("name", name, "title", title, "phone", phone, "email", email);
        add(new FormLayout(name, title, phone, email, role), message);
        Button save = new Button(getTranslation("action.save"), e -> {
            try {
                ContactDetails details = new ContactDetails(name.getValue(), Optional.of(title.getValue()),
                        Optional.of(phone.getValue()), Optional.of(email.getValue()), role.getValue());
                if (existing.isPresent()) {
                    contacts.edit(existing.get().id(), ExpectedVersion.of(existing.get().version()), current
                            -> details);
                } else {
                    contacts.add(account, details);
                }
                close();
                onSaved.run();
            } catch (DomainException ex) {
                Problems.show(ex, fields, message);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("contact-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
