package io.tacitcrm.identity.domain;

import io.tacitcrm.common.domain.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/** A login e-mail address, stored folded to lower case so that one person cannot register twice. */
public record EmailAddress(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    public EmailAddress {
        if (value == null || value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw InvalidInputException.of("email", "email.invalid", "must be an e-mail address");
        }
    }

    public static EmailAddress parse(String typed) {
        return new EmailAddress(typed == null ? null : typed.strip().toLowerCase(Locale.ROOT));
    }
}
