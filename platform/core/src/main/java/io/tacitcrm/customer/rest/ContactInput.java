package io.tacitcrm.customer.rest;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.rest.BodyFields;
import io.tacitcrm.common.rest.MergePatch;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.customer.domain.ContactDetails;
import io.tacitcrm.customer.domain.DecisionRole;
import io.tacitcrm.customer.service.ContactView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The writable fields of a contact as a client sends them; the account is fixed once the contact exists. */
public record ContactInput(String accountId, String name, String title, String phone, String email,
        String decisionRole) {

    /** What a merge patch may change: everything but the account. */
    static final List<String> PATCHABLE = MergePatch.fieldsOf(ContactPatch.class);

    static ContactInput of(ContactView v) {
        var d = v.details();
        return new ContactInput(v.account().toString(), d.name(), d.title().orElse(null), d.phone().orElse(null),
                d.email().orElse(null), d.decisionRole().name());
    }

    AccountId account() {
        if (accountId == null || accountId.isBlank()) {
            throw InvalidInputException.of("accountId", "required", "must name the contact's account");
        }
        return new AccountId(Ids.parse("accountId", accountId));
    }

    ContactDetails details() {
        List<FieldError> errors = new ArrayList<>();
        Optional<DecisionRole> role = BodyFields.parse(errors, "decisionRole", decisionRole, DecisionRole.class);
        try {
            ContactDetails details = new ContactDetails(name, Optional.ofNullable(title), Optional.ofNullable(phone),
                    Optional.ofNullable(email), role.orElse(DecisionRole.OTHER));
            if (errors.isEmpty()) {
                return details;
            }
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
        }
        throw new InvalidInputException(errors);
    }
}
