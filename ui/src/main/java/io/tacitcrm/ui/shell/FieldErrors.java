package io.tacitcrm.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import io.tacitcrm.common.domain.FieldError;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Shows the server's field errors next to the fields they concern, in the user's language (by error code).
 * Errors of fields the form does not show are returned, for a general message.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    /** Marks the fields the errors name and clears the others; the errors of fields the form lacks are returned. */
    public static List<FieldError> show(List<FieldError> errors, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        return show(errors, name -> Optional.ofNullable(fields.get(name)));
    }

    /** Marks the fields the errors name (found by {@code fields}); the errors of fields not found are returned. */
    public static List<FieldError> show(List<FieldError> errors,
            Function<String, Optional<? extends HasValidation>> fields) {
        return errors.stream().filter(e -> {
            Optional<? extends HasValidation> field = fields.apply(e.field());
            field.ifPresent(f -> {
                f.setErrorMessage(translate((Component) f, e));
                f.setInvalid(true);
            });
            return field.isEmpty();
        }).toList();
    }

    public static String translate(Component anchor, FieldError error) {
        String key = "error." + error.code();
        String text = anchor.getTranslation(key);
        return text.startsWith("!") ? error.message() : text;
    }
}
