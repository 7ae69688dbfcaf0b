package io.tacitcrm.ui.customer;

import io.tacitcrm.customer.domain.AccountDetails;
import io.tacitcrm.customer.domain.CompanySize;
import io.tacitcrm.customer.domain.ValueTier;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;

/**
 * What the customer form edits (public: the Binder reads it reflectively). The components are named as the service
 * names its fields, so a refusal lands next to the right field; the required ones are checked as the user types, and
 * {@link AccountDetails} stays the authority.
 */
public record AccountForm(@NotBlank(message = "{tacit.required}") String name,
        String industry,
        String region,
        CompanySize size,
        ValueTier valueTier,
        String website,
        String phone) {

    static AccountForm blank() {
        return new AccountForm("", "", "", null, null, "", "");
    }

    static AccountForm of(AccountDetails d) {
        return new AccountForm(d.name(), d.industry().orElse(""), d.region().orElse(""), d.size().orElse(null),
                d.valueTier().orElse(null), d.website().orElse(""), d.phone().orElse(""));
    }

    /** The details the service checks (and refuses field by field). */
    AccountDetails details() {
        return new AccountDetails(name, Optional.ofNullable(industry), Optional.ofNullable(region),
                Optional.ofNullable(size), Optional.ofNullable(valueTier), Optional.ofNullable(website),
                Optional.ofNullable(phone));
    }
}
