package io.tacitcrm.customer.domain;

import static io.tacitcrm.common.domain.TextRules.tidy;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.StoredFacts;
import io.tacitcrm.common.domain.TextRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The editable facts of a contact, checked as a whole. */
public record ContactDetails(String name, Optional<String> title, Optional<String> phone, Optional<String> email,
                             DecisionRole decisionRole) {

    public ContactDetails {
        name = name == null ? "" : name.strip();
        title = tidy(title);
        phone = tidy(phone);
        email = tidy(email);
        decisionRole = decisionRole == null ? DecisionRole.OTHER : decisionRole;
        if (StoredFacts.areInput()) {
            List<FieldError> errors = new ArrayList<>();
            TextRules.required(errors, "name", name, 100);
            TextRules.optional(errors, "title", title, 100);
            TextRules.phone(errors, "phone", phone);
            TextRules.email(errors, "email", email);
            TextRules.throwIfAny(errors);
        }
    }
}
