package io.tacitcrm.common.domain;

import java.util.List;
import java.util.regex.Pattern;

/** Checks of free text shared by every form and endpoint: required, length, no control characters. */
public final class TextRules {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private TextRules() {
    }

    /** Adds an error for {@code field} unless {@code value} is non-blank, at most {@code max} long, without control characters. */
    public static void required(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "required", "must not be blank"));
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, "too-long", "must be at most " + max + " characters"));
        } else if (CONTROL.matcher(value).find()) {
            errors.add(new FieldError(field, "control-characters", "must not contain control characters"));
        }
    }
}
