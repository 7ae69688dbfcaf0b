package io.tacitcrm.ui.shell;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import io.tacitcrm.common.domain.DomainException;
import java.lang.reflect.RecordComponent;
import java.util.Optional;

/**
 * The form pattern's core, for a form in a dialog ({@link FormDialog}) or on a page: a record bound with a
 * {@link Binder} (Bean Validation for required fields, counted length limits), and a message area. Saving checks the
 * fields, hands the record to a callback, and shows what the service refuses next to the field of the same name (the
 * record's components are named as the service names its fields), the rest in the message.
 *
 * @param <T> the form's record
 */
public final class BoundForm<T extends Record> {

    /** What saving the form does; a refusal is a {@link DomainException}. */
    @FunctionalInterface
    public interface Save<T> {
        void save(T value);
    }

    private final Class<T> type;
    private final Binder<T> binder;
    private final Div message = new Div();

    public BoundForm(Class<T> type, String messageId) {
        this.type = type;
        this.binder = new BeanValidationBinder<>(type);
        message.addClassName("tacit-form-error");
        message.setId(messageId);
    }

    public Binder<T> binder() {
        return binder;
    }

    /** Where refusals that name no field of the form are told. */
    public Div message() {
        return message;
    }

    /** A text field's binding that says, next to the field, how much too long a text is (never cutting it). */
    public Binder.BindingBuilder<T, String> limited(HasValue<?, String> field, int max) {
        return binder.forField(field).withValidator((value, context) -> TextLimits.tooLong(message, value, max)
                .map(ValidationResult::error).orElseGet(ValidationResult::ok));
    }

    /**
     * Starts editing {@code value}. Every component of the record needs a field: the binder makes the record anew
     * on save, so a missing one is found here, when the form opens, not when a user saves it.
     */
    public void edit(T value) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (binder.getBinding(component.getName()).isEmpty()) {
                throw new IllegalStateException("The form binds no field to " + type.getSimpleName() + "."
                        + component.getName());
            }
        }
        binder.readRecord(value);
    }

    /** Checks the fields and saves; true when the service took it, false when a field or the service refused. */
    public boolean save(Save<T> onSave) {
        message.setText("");
        T value;
        try {
            value = binder.writeRecord();
        } catch (ValidationException invalid) {
            return false; // the binder shows each problem next to its field
        }
        return attempt(() -> onSave.save(value));
    }

    /** Runs a change of the form's record (a save, a delete); false, with the refusal shown, when it is refused. */
    public boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (DomainException refused) {
            Problems.show(refused, this::field, message);
            return false;
        }
    }

    private Optional<HasValidation> field(String name) {
        return binder.getBinding(name).map(Binder.Binding::getField).filter(HasValidation.class::isInstance)
                .map(HasValidation.class::cast);
    }
}
