package io.tacitcrm.identity.domain;

import io.tacitcrm.common.domain.InvalidInputException;
import java.util.Locale;

/**
 * A password must be 10 to 128 characters, mix at least two kinds of character (letters, digits, others), and not
 * contain the user's e-mail name or workspace.
 */
public final class PasswordPolicy {

    public static final String FIELD = "password";
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    public static void check(String password, String email, String workspace) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw weak("password.too-short", "must be at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw weak("password.too-long", "must be at most " + MAX_LENGTH + " characters");
        }
        if (kinds(password) < 2) {
            throw weak("password.too-simple", "must mix letters, digits or other characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String localPart = email == null ? "" : email.toLowerCase(Locale.ROOT).split("@")[0];
        if ((localPart.length() >= 3 && lower.contains(localPart))
                || (workspace != null && workspace.length() >= 3
                        && lower.contains(workspace.toLowerCase(Locale.ROOT)))) {
            throw weak("password.guessable", "must not contain your e-mail name or workspace");
        }
    }

    private static int kinds(String password) {
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        boolean other = password.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
        return (letter ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }

    private static InvalidInputException weak(String code, String message) {
        return InvalidInputException.of(FIELD, code, message);
    }
}
