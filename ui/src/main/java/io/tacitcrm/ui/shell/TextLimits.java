package io.tacitcrm.ui.shell;

import com.vaadin.flow.component.textfield.TextFieldBase;

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
        int length = field.getValue() == null ? 0 : field.getValue().strip().length();
        boolean tooLong = length > max;
        field.setInvalid(tooLong);
        field.setErrorMessage(tooLong ? field.getTranslation("error.too-long.counted", max, length) : null);
        return !tooLong;
    }
}
