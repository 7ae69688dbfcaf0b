package io.tacitcrm.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.binder.ValidationResult;
import io.tacitcrm.common.domain.DomainException;
import java.util.Optional;

/**
 * The form pattern of the application: a dialog editing one record value, its fields bound with a {@link Binder}
 * (Bean Validation on the record's components checks them as the user types), saved through the callback its opener
 * gives. What the service then refuses shows next to the field of the same name (the form record's components are
 * named as the service names its fields), the rest in the form's message; on success the dialog closes, says so, and
 * tells its opener, which refreshes only what changed.
 *
 * @param <T> the form's record
 */
public class FormDialog<T extends Record> extends Dialog {

    /** What saving the form does; a refusal is a {@link DomainException}. */
    @FunctionalInterface
    public interface Save<T> {
        void save(T value);
    }

    protected final Binder<T> binder;
    private final Div message = new Div();
    private final Button save = new Button();
    private final Button cancel = new Button();
    private final Save<T> onSave;
    private final Runnable onSaved;
    private final String savedKey;

    /**
     * @param idPrefix prefixes the ids of the save button ({@code <prefix>-save}) and the message
     * @param savedKey the translation key of the notification after a save, e.g. {@code account.saved}
     */
    protected FormDialog(Class<T> type, String idPrefix, String savedKey, Save<T> onSave, Runnable onSaved) {
        this.binder = new BeanValidationBinder<>(type);
        this.onSave = onSave;
        this.onSaved = onSaved;
        this.savedKey = savedKey;
        message.addClassName("tacit-form-error");
        message.setId(idPrefix + "-message");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId(idPrefix + "-save");
        save.addClickListener(e -> save());
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    /** The form's fields (laid out by the subclass) with the message below them. */
    protected void setForm(Component form) {
        add(form, message);
    }

    /**
     * A text field's binding that says, next to the field, how much too long a pasted text is (never cutting it), as
     * {@link TextLimits} does for fields outside forms.
     */
    protected Binder.BindingBuilder<T, String> limited(HasValue<?, String> field, int max) {
        return binder.forField(field).withValidator((value, context) -> {
            int length = value == null ? 0 : value.strip().length();
            return length <= max ? ValidationResult.ok()
                    : ValidationResult.error(getTranslation("error.too-long.counted", max, length));
        });
    }

    /** Starts editing {@code value}. */
    protected void edit(T value) {
        binder.readRecord(value);
    }

    /** Shown to someone who may read but not change the record: fields read-only, no save, and a word why. */
    public void readOnly(String titleKey, String reasonKey) {
        setHeaderTitle(getTranslation(titleKey));
        binder.setReadOnly(true);
        save.setVisible(false);
        cancel.setText(getTranslation("action.close"));
        message.removeClassName("tacit-form-error");
        message.setText(getTranslation(reasonKey));
    }

    /**
     * A delete button, asking first ({@code textKey} gets {@code name}); the deletion's refusal shows like a save's,
     * and {@code onDeleted} runs after it.
     */
    public void deletable(String titleKey, String textKey, String name, Runnable delete, String deletedKey,
            Runnable onDeleted) {
        Button button = new Button(getTranslation("action.delete"), e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation(titleKey), getTranslation(textKey, name),
                    getTranslation("action.delete"), c -> attempt(delete, deletedKey, onDeleted));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        button.getStyle().set("margin-inline-end", "auto");
        getFooter().addComponentAsFirst(button);
    }

    private void save() {
        message.setText("");
        T value;
        try {
            value = binder.writeRecord();
        } catch (ValidationException invalid) {
            return; // the binder shows each problem next to its field
        }
        attempt(() -> onSave.save(value), savedKey, onSaved);
    }

    private void attempt(Runnable action, String doneKey, Runnable after) {
        try {
            action.run();
        } catch (DomainException refused) {
            Problems.show(refused, this::field, message);
            return;
        }
        close();
        after.run();
        Notification.show(getTranslation(doneKey), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private Optional<HasValidation> field(String name) {
        return binder.getBinding(name).map(Binder.Binding::getField).filter(HasValidation.class::isInstance)
                .map(HasValidation.class::cast);
    }
}
