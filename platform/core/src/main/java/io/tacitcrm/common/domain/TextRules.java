package io.tacitcrm.common.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks of free text shared by every form and endpoint: required, length, no control characters. Text is kept as
 * typed (trimmed) and always rendered as text, never as HTML, so script in a name is harmless data.
 */
public final class TextRules {

    private static final Pattern PHONE = Pattern.compile("[0-9+()\\-. /#x]{3,40}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PORT_AND_PATH = Pattern.compile("\\d+(/.*)?");

    private TextRules() {
    }

    /**
     * Adds an error for {@code field} unless {@code value} is non-blank, at most {@code max} long, without control
     * characters.
     */
    public static void required(List<FieldError> errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(new FieldError(field, "required", "must not be blank"));
        } else {
            optional(errors, field, Optional.of(value.strip()), max);
        }
    }

    /** Adds an error for {@code field} if the text is present but too long or holds control characters. */
    public static void optional(List<FieldError> errors, String field, Optional<String> text, int max) {
        text.ifPresent(t -> {
            if (t.length() > max) {
                errors.add(new FieldError(field, "too-long", "must be at most " + max + " characters"));
            } else if (hasControl(t, false)) {
                errors.add(new FieldError(field, "control-characters", "must not contain control characters"));
            }
        });
    }

    /** As {@link #optional} for multi-line text: line breaks and tabs are allowed. */
    public static void multiline(List<FieldError> errors, String field, Optional<String> text, int max) {
        text.ifPresent(t -> {
            if (t.length() > max) {
                errors.add(new FieldError(field, "too-long", "must be at most " + max + " characters"));
            } else if (hasControl(t, true)) {
                errors.add(new FieldError(field, "control-characters", "must not contain control characters"));
            }
        });
    }

    public static void phone(List<FieldError> errors, String field, Optional<String> phone) {
        if (phone.isPresent() && !PHONE.matcher(phone.get()).matches()) {
            errors.add(new FieldError(field, "phone.invalid", "must be 3 to 40 digits, spaces and + ( ) - . / # x"));
        }
    }

    public static void email(List<FieldError> errors, String field, Optional<String> email) {
        if (email.isPresent() && (email.get().length() > 254 || !EMAIL.matcher(email.get()).matches())) {
            errors.add(new FieldError(field, "email.invalid", "must be an e-mail address"));
        }
    }

    /**
     * A web address a browser will open as a page: http or https (a bare host such as {@code example.com} counts as
     * https). Anything else — {@code javascript:}, {@code data:}, {@code vbscript:}, {@code file:} — could run or read
     * something when clicked, so it is refused rather than cleaned.
     */
    public static void webAddress(List<FieldError> errors, String field, Optional<String> address) {
        if (address.isEmpty()) {
            return;
        }
        String value = address.get().strip();
        String lower = value.toLowerCase(Locale.ROOT);
        int colon = lower.indexOf(':');
        boolean schemeless = colon < 0 || (lower.indexOf('/') >= 0 && lower.indexOf('/') < colon)
                || PORT_AND_PATH.matcher(lower).region(colon + 1, lower.length()).matches();
        boolean web = lower.startsWith("http://") || lower.startsWith("https://");
        if ((!web && !schemeless) || value.chars().anyMatch(Character::isWhitespace) || value.contains("\\")) {
            errors.add(new FieldError(field, "url.invalid", "must be a web address starting with http:// or https://"));
        }
    }

    /** ASCII control characters, as {@code \p{Cntrl}} matches them; a loop, since CSV imports check every cell. */
    private static boolean hasControl(String text, boolean linesAllowed) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 || c == 0x7f) && !(linesAllowed && (c == '\n' || c == '\r' || c == '\t'))) {
                return true;
            }
        }
        return false;
    }

    /** Trimmed, and empty when blank or absent. */
    public static Optional<String> tidy(Optional<String> text) {
        return text == null ? Optional.empty() : text.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Throws the collected errors, if any: every broken rule is reported at once. */
    public static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
