package io.tacitcrm.ui.customer;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.tacitcrm.customer.domain.DecisionRole;
import io.tacitcrm.ui.shell.FormDialog;
import java.util.Optional;

/** The contact form: a new contact of a customer, or an existing one's details. */
class ContactDialog extends FormDialog<ContactForm> {

    ContactDialog(Optional<ContactForm> existing, Save<ContactForm> save, Runnable onSaved) {
        super(ContactForm.class, "contact", "contact.saved", save, onSaved);
        setHeaderTitle(getTranslation(existing.isPresent() ? "contact.edit" : "contact.new"));
        setWidth("min(36rem, 95vw)");
        TextField name = new TextField(getTranslation("contact.name"));
        name.setRequiredIndicatorVisible(true);
        name.setId("contact-name");
        limited(name, 100).bind("name");
        TextField title = new TextField(getTranslation("contact.title"));
        limited(title, 100).bind("title");
        TextField phone = new TextField(getTranslation("contact.phone"));
        binder.forField(phone).bind("phone");
        // the browser checks the address as the user leaves the field, in the service's words
        EmailField email = new EmailField(getTranslation("contact.email"));
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("error.email.invalid")));
        binder.forField(email).bind("email");
        Select<DecisionRole> role = new Select<>();
        role.setLabel(getTranslation("contact.role"));
        role.setItems(DecisionRole.values());
        role.setItemLabelGenerator(r -> getTranslation("contact.role." + r));
        binder.forField(role).bind("decisionRole");
        setForm(new FormLayout(name, title, phone, email, role));
        edit(existing.orElseGet(ContactForm::blank));
    }
}
