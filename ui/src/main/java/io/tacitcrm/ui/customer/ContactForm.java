package io.tacitcrm.ui.customer;

import io.tacitcrm.customer.domain.ContactDetails;
import io.tacitcrm.customer.domain.DecisionRole;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;

/** What the contact form edits, named as the service names the fields; {@link ContactDetails} is the authority. */
public record ContactForm(
        @NotBlank(message = "{tacit.required}") String name,
        String title,
        String phone,
        String email,
        DecisionRole decisionRole) {

    static ContactForm blank() {
        return new ContactForm("", "", "", "", DecisionRole.OTHER);
    }

    static ContactForm of(ContactDetails d) {
        return new ContactForm(d.name(), d.title().orElse(""), d.phone().orElse(""), d.email().orElse(""),
                d.decisionRole());
    }

    ContactDetails details() {
        return new ContactDetails(name, Optional.ofNullable(title), Optional.ofNullable(phone),
                Optional.ofNullable(email), decisionRole);
    }
}
