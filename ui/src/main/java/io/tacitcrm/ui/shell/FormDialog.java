package io.tacitcrm.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.data.binder.Binder;
import io.tacitcrm.common.domain.DomainException;

/**
 * The form pattern in a dialog: a {@link BoundForm} editing one record, saved through the callback its opener gives.
 * On success the dialog closes, says so, and tells its opener, which refreshes only what changed.
 *
 * @param <T> the form's record
 */
public class FormDialog<T extends Record> extends Dialog {

    /** What saving the form does; a refusal is a {@link DomainException}. */
    @FunctionalInterface
    public interface Save<T> extends BoundForm.Save<T> {
    }

    protected final Binder<T> binder;
    private final BoundForm<T> form;
    private final Button save = new Button();
    private final Button cancel = new Button();

    /**
     * @param idPrefix prefixes the ids of the save button ({@code <prefix>-save}) and the message
     * @param savedKey the translation key of the notification after a save, e.g. {@code account.saved}
     */
    protected FormDialog(Class<T> type, String idPrefix, String savedKey, Save<T> onSave, Runnable onSaved) {
        this.form = new BoundForm<>(type, idPrefix + "-message");
        this.binder = form.binder();
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId(idPrefix + "-save");
        save.addClickListener(e -> {
            if (form.save(onSave)) {
                done(savedKey, onSaved);
            }
        });
        cancel.setText(getTranslation("action.cancel"));
        cancel.addClickListener(e -> close());
        getFooter().add(cancel, save);
    }

    /** The form's fields (laid out by the subclass) with the message below them. */
    protected void setForm(Component fields) {
        add(fields, form.message());
    }

    /** A text field's binding with a counted length limit (see {@link BoundForm#limited}). */
    protected Binder.BindingBuilder<T, String> limited(HasValue<?, String> field, int max) {
        return form.limited(field, max);
    }

    /** Starts editing {@code value}. */
    protected void edit(T value) {
        form.edit(value);
    }

    /** Shown to someone who may read but not change the record: fields read-only, no save, and a word why. */
    public void readOnly(String titleKey, String reasonKey) {
        setHeaderTitle(getTranslation(titleKey));
        binder.setReadOnly(true);
        save.setVisible(false);
        cancel.setText(getTranslation("action.close"));
        form.message().removeClassName("tacit-form-error");
        form.message().setText(getTranslation(reasonKey));
    }

    /**
     * A delete button, asking first ({@code textKey} gets {@code name}); the deletion's refusal shows like a save's,
     * and {@code onDeleted} runs after it.
     */
    public void deletable(String titleKey, String textKey, String name, Runnable delete, String deletedKey,
            Runnable onDeleted) {
        Button button = new Button(getTranslation("action.delete"), e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation(titleKey), getTranslation(textKey, name),
                    getTranslation("action.delete"), c -> {
                        if (form.attempt(delete)) {
                            done(deletedKey, onDeleted);
                        }
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        button.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        button.getStyle().set("margin-inline-end", "auto");
        getFooter().addComponentAsFirst(button);
    }

    private void done(String doneKey, Runnable after) {
        close();
        after.run();
        Notification.show(getTranslation(doneKey), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
