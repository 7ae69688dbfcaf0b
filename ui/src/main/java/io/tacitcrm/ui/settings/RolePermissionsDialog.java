package io.tacitcrm.ui.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.service.RoleSummary;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The permissions a role holds itself (its superiors hold them too), as check boxes bound to a form record. Saving
 * hands the whole set to the callback; the view applies it and shows what the service said.
 */
public class RolePermissionsDialog extends Dialog {

    /** The form's state: the permissions ticked. */
    public record Form(Set<Permission> permissions) {
    }

    RolePermissionsDialog(RoleSummary role, Consumer<Set<Permission>> save) {
        setHeaderTitle(getTranslation("roles.permissions.title", role.name()));
        setWidth("min(34rem, 95vw)");
        CheckboxGroup<Permission> permissions = new CheckboxGroup<>(getTranslation("roles.permissions"));
        permissions.setItems(EnumSet.allOf(Permission.class).stream()
                .sorted(Comparator.comparing(p -> getTranslation("permission." + p.code()))).toList());
        permissions.setItemLabelGenerator(p -> getTranslation("permission." + p.code()));
        permissions.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        permissions.setId("role-permissions-group");
        Binder<Form> binder = new Binder<>(Form.class);
        binder.forField(permissions).bind("permissions");
        binder.readRecord(new Form(role.permissions().isEmpty() ? EnumSet.noneOf(Permission.class)
                : EnumSet.copyOf(role.permissions())));
        add(new Paragraph(getTranslation("roles.permissions.help")), permissions);
        Button ok = new Button(getTranslation("action.save"), e -> {
            try {
                save.accept(binder.writeRecord().permissions());
                close();
            } catch (ValidationException invalid) {
                // nothing to validate beyond the check boxes themselves; the service reports the rest
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("role-permissions-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }
}
