package io.tacitcrm.customer.domain;

import static io.tacitcrm.common.domain.TextRules.tidy;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.StoredFacts;
import io.tacitcrm.common.domain.TextRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The editable facts of an account, checked as a whole: all broken rules are reported together, each with its field.
 * Text is kept exactly as typed (trimmed) and is always rendered as text, never as HTML.
 */
public record AccountDetails(String name, Optional<String> industry, Optional<String> region,
        Optional<CompanySize> size,
                             Optional<ValueTier> valueTier, Optional<String> website, Optional<String> phone) {

    public static final int NAME_MAX = 200;

    public AccountDetails {
        name = name == null ? "" : name.strip();
        industry = tidy(industry);
        region = tidy(region);
        website = tidy(website);
        phone = tidy(phone);
        if (StoredFacts.areInput()) {
            List<FieldError> errors = new ArrayList<>();
            TextRules.required(errors, "name", name, NAME_MAX);
            TextRules.optional(errors, "industry", industry, 100);
            TextRules.optional(errors, "region", region, 100);
            TextRules.optional(errors, "website", website, 300);
            TextRules.webAddress(errors, "website", website);
            TextRules.phone(errors, "phone", phone);
            TextRules.throwIfAny(errors);
        }
    }
}
