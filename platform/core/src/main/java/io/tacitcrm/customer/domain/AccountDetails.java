package io.tacitcrm.customer.domain;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The editable facts of an account, checked as a whole: all broken rules are reported together, each with its field.
 * Text is kept exactly as typed (trimmed) and is always rendered as text, never as HTML.
 */
public record AccountDetails(String name, Optional<String> industry, Optional<String> region, Optional<CompanySize> size,
                             Optional<ValueTier> valueTier, Optional<String> website, Optional<String> phone) {

    public static final int NAME_MAX = 200;
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\-. /#x]{3,40}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    public AccountDetails {
        List<FieldError> errors = new ArrayList<>();
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            errors.add(new FieldError("name", "required", "must not be blank"));
        }
        checkText(errors, "name", Optional.of(name), NAME_MAX);
        industry = tidy(industry);
        region = tidy(region);
        website = tidy(website);
        phone = tidy(phone);
        checkText(errors, "industry", industry, 100);
        checkText(errors, "region", region, 100);
        checkText(errors, "website", website, 300);
        if (phone.isPresent() && !PHONE.matcher(phone.get()).matches()) {
            errors.add(new FieldError("phone", "phone.invalid", "must be 3 to 40 digits, spaces and + ( ) - . / # x"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static Optional<String> tidy(Optional<String> text) {
        return text == null ? Optional.empty() : text.map(String::strip).filter(s -> !s.isEmpty());
    }

    private static void checkText(List<FieldError> errors, String field, Optional<String> text, int max) {
        text.ifPresent(t -> {
            if (t.length() > max) {
                errors.add(new FieldError(field, "too-long", "must be at most " + max + " characters"));
            } else if (CONTROL.matcher(t).find()) {
                errors.add(new FieldError(field, "control-characters", "must not contain control characters"));
            }
        });
    }
}
