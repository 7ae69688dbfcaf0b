package io.tacitcrm.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.Optional;

/**
 * A length limit a user can see. A browser's {@code maxlength} cuts pasted text silently — a 5,000-character paste
 * arrives as 200 characters and nobody is told — so instead the field takes everything and says, next to itself, how
 * much is too much; the service refuses the save with the same rule.
 */
public final class TextLimits {

    private TextLimits() {
    }

    public static <C extends TextFieldBase<C, String>> C limit(C field, int max) {
        field.setManualValidation(true);
        field.addValueChangeListener(e -> check(field, max));
        return field;
    }

    /** True when the field's text fits; otherwise it is marked invalid with the limit and the current length. */
    public static <C extends TextFieldBase<C, String>> boolean check(C field, int max) {
        Optional<String> tooLong = tooLong(field, field.getValue(), max);
        field.setInvalid(tooLong.isPresent());
        field.setErrorMessage(tooLong.orElse(null));
        return tooLong.isEmpty();
    }

    /** What to say of a text over the limit ("at most 200 characters; this has 5,000"); empty when it fits. */
    public static Optional<String> tooLong(Component anchor, String value, int max) {
        int length = value == null ? 0 : value.strip().length();
        return length <= max ? Optional.empty()
                : Optional.of(anchor.getTranslation("error.too-long.counted", max, length));
    }
}
