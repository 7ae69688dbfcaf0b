package io.tacitcrm.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import io.tacitcrm.common.domain.FieldError;
import java.util.List;
import java.util.Map;

/**
 * Shows the server's field errors next to the fields they concern, in the user's language (by error code).
 * Errors of fields the form does not show are returned, for a general message.
 */
public final class FieldErrors {

    private FieldErrors() {
    }

    public static <F extends Component & HasValidation> List<FieldError> show(List<FieldError> errors,
                                                                              Map<String,
                                                                                      ? extends HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        return errors.stream().filter(e -> {
            HasValidation field = fields.get(e.field());
            if (field == null) {
                return true;
            }
            field.setErrorMessage(translate((Component) field, e));
            field.setInvalid(true);
            return false;
        }).toList();
    }

    public static String translate(Component anchor, FieldError error) {
        String key = "error." + error.code();
        String text = anchor.getTranslation(key);
        return text.startsWith("!") ? error.message() : text;
    }
}
