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
import io.tacitcrm.plugin.service.ModulePermissions.Declared;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The permissions a role holds itself (its superiors hold them too), as check boxes bound to a form record: the core's,
 * then those of the company's switched-on modules, each under its module's name. Saving hands the ticked codes to the
 * callback; the view applies them and shows what the service said.
 */
public class RolePermissionsDialog extends Dialog {

    /** The form's state: the core's permissions and the module permissions ticked. */
    public record Form(Set<Permission> core, Set<Declared> modules) {
    }

    RolePermissionsDialog(RoleSummary role, List<Declared> declared, Consumer<Set<String>> save) {
        setHeaderTitle(getTranslation("roles.permissions.title", role.name()));
        setWidth("min(34rem, 95vw)");
        CheckboxGroup<Permission> core = new CheckboxGroup<>(getTranslation("roles.permissions"));
        core.setItems(Arrays.stream(Permission.values())
                .sorted(Comparator.comparing(p -> getTranslation("permission." + p.code()))).toList());
        core.setItemLabelGenerator(p -> getTranslation("permission." + p.code()));
        core.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        core.setId("role-permissions-group");
        CheckboxGroup<Declared> modules = new CheckboxGroup<>(getTranslation("roles.permissions.modules"));
        modules.setItems(declared);
        modules.setItemLabelGenerator(d -> getTranslation("roles.permissions.module", d.module(), d.label()));
        modules.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        modules.setId("role-permissions-modules");
        modules.setVisible(!declared.isEmpty());
        Binder<Form> binder = new Binder<>(Form.class);
        binder.forField(core).bind("core");
        binder.forField(modules).bind("modules");
        binder.readRecord(new Form(role.permissions().core(), declared.stream()
                .filter(d -> role.permissions().has(d.code())).collect(Collectors.toSet())));
        add(new Paragraph(getTranslation("roles.permissions.help")), core, modules);
        Button ok = new Button(getTranslation("action.save"), e -> {
            try {
                Form form = binder.writeRecord();
                save.accept(Stream.concat(form.core().stream().map(Permission::code),
                        form.modules().stream().map(Declared::code)).collect(Collectors.toSet()));
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
