package io.tacitcrm.ui.settings;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.domain.RoleId;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.NewRole;
import io.tacitcrm.identity.service.RoleChange;
import io.tacitcrm.identity.service.RoleSummary;
import io.tacitcrm.identity.service.UserAdministration;
import io.tacitcrm.plugin.service.ModulePermissions.Declared;
import io.tacitcrm.plugin.service.ModulePermissions;
import io.tacitcrm.ui.shell.FieldErrors;
import io.tacitcrm.ui.shell.MainLayout;
import io.tacitcrm.ui.shell.TextLimits;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The workspace's role tree: a superior sees and may do everything of the roles below. Administrators reshape it. */
@Route(value = "settings/roles", layout = MainLayout.class)
@Dependent
public class RoleTreeView extends VerticalLayout implements HasDynamicTitle {

    private final UserAdministration administration;
    private final ModulePermissions modules;
    private final TreeGrid<RoleSummary> tree = new TreeGrid<>();
    private final Button add = new Button(getTranslation("roles.add"), VaadinIcon.PLUS.create());
    private final Button rename = new Button(getTranslation("roles.rename"), VaadinIcon.EDIT.create());
    private final Button move = new Button(getTranslation("roles.move"), VaadinIcon.ARROWS.create());
    private final Button delete = new Button(getTranslation("action.delete"), VaadinIcon.TRASH.create());
    private final Button permissions = new Button(getTranslation("roles.permissions.edit"), VaadinIcon.KEY.create());
    private List<RoleSummary> roles = List.of();
    private Map<String, String> moduleLabels = Map.of();

    @Inject
    public RoleTreeView(UserAdministration administration, ModulePermissions modules, CurrentPrincipal principal) {
        this.administration = administration;
        this.modules = modules;
        setSizeFull();
        add(new H2(getTranslation("roles.title")), new Paragraph(getTranslation("roles.intro")));
        if (!principal.require().has(Permission.USERS_MANAGE)) {
            add(new Paragraph(getTranslation("error.permission.missing")));
            return;
        }
        tree.addHierarchyColumn(RoleSummary::name).setHeader(getTranslation("roles.name")).setFlexGrow(1);
        tree.addColumn(this::permissionLabels).setHeader(getTranslation("roles.permissions")).setFlexGrow(2);
        tree.setId("role-tree");
        tree.addSelectionListener(e -> enableActions());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add.addClickListener(e -> selected().ifPresent(parent -> askName("roles.add", "", name ->
                administration.addRole(new NewRole(name, parent.id().toString(),
                        List.of(Permission.CUSTOMER_CREATE.code()))))));
        rename.addClickListener(e -> selected().ifPresent(role -> askName("roles.rename", role.name(), name ->
                administration.changeRole(role.id(), new RoleChange(Optional.of(name), Optional.empty())))));
        move.addClickListener(e -> selected().ifPresent(this::askParent));
        delete.addClickListener(e -> selected().ifPresent(this::confirmDelete));
        permissions.addClickListener(e -> selected().ifPresent(role -> new RolePermissionsDialog(role,
                modules.declared(getLocale()), granted -> attempt(() -> administration.changeRole(role.id(),
                        new RoleChange(Optional.empty(), Optional.empty(), Optional.of(List.copyOf(granted)))),
                        Map.of(), null)).open()));
        add.setId("role-add");
        permissions.setId("role-permissions");
        HorizontalLayout actions = new HorizontalLayout(add, rename, move, permissions, delete);
        actions.setWrap(true);
        add(actions, tree);
        expand(tree);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("roles.title") + " · Tacit CRM";
    }

    /**
     * The role's own permissions in words: the core's translated, a module's as it labels it; a code of a module the
     * company switched off shows as its code (the role keeps it for when the module comes back).
     */
    private String permissionLabels(RoleSummary role) {
        return role.permissions().codes().stream().map(code -> Permission.fromCode(code)
                .map(p -> getTranslation("permission." + p.code())).orElse(moduleLabels.getOrDefault(code, code)))
                .sorted().collect(Collectors.joining(", "));
    }

    private Optional<RoleSummary> selected() {
        return tree.getSelectedItems().stream().findFirst();
    }

    private void enableActions() {
        boolean any = selected().isPresent();
        boolean root = selected().map(r -> r.parent().isEmpty()).orElse(false);
        add.setEnabled(any);
        rename.setEnabled(any);
        permissions.setEnabled(any);
        move.setEnabled(any && !root);
        delete.setEnabled(any && !root);
    }

    private void refresh() {
        roles = administration.roleTree();
        moduleLabels = modules.declared(getLocale()).stream()
                .collect(Collectors.toMap(Declared::code, Declared::label, (a, b) -> a));
        Map<Optional<RoleId>, List<RoleSummary>> byParent = roles.stream()
                .collect(Collectors.groupingBy(RoleSummary::parent));
        tree.setItems(byParent.getOrDefault(Optional.empty(), List.of()),
                role -> byParent.getOrDefault(Optional.of(role.id()), List.of()));
        tree.expandRecursively(byParent.getOrDefault(Optional.empty(), List.of()), 10);
        enableActions();
    }

    /** A small dialog with a name field; the service's field errors appear next to the field. */
    private void askName(String titleKey, String current, Consumer<String> save) {
        Dialog dialog = new Dialog(getTranslation(titleKey));
        TextField name = new TextField(getTranslation("roles.name"));
        name.setValue(current);
        TextLimits.limit(name, 100);
        name.setWidthFull();
        name.setId("role-name");
        dialog.add(name);
        Button ok = new Button(getTranslation("action.save"), e -> attempt(() -> save.accept(name.getValue()),
                Map.of("name", name), dialog));
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("role-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
        name.focus();
    }

    private void askParent(RoleSummary role) {
        Dialog dialog = new Dialog(getTranslation("roles.move.title", role.name()));
        ComboBox<RoleSummary> parent = new ComboBox<>(getTranslation("roles.move.parent"));
        parent.setItems(roles.stream().filter(r -> !r.id().equals(role.id())).toList());
        parent.setItemLabelGenerator(RoleSummary::name);
        parent.setWidthFull();
        dialog.add(parent);
        Button ok = new Button(getTranslation("roles.move"), e -> attempt(() -> administration.changeRole(role.id(),
                new RoleChange(Optional.empty(), Optional.ofNullable(parent.getValue()).map(p -> p.id().toString()))),
                        Map.of("parentId", parent), dialog));
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private void confirmDelete(RoleSummary role) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("roles.delete.title"),
                getTranslation("roles.delete.text", role.name()),
                getTranslation("action.delete"), e -> attempt(() -> administration.deleteRole(role.id()), Map.of(),
                        null));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void attempt(Runnable change, Map<String, ? extends HasValidation> fields, Dialog dialog) {
        try {
            change.run();
            if (dialog != null) {
                dialog.close();
            }
            refresh();
            Notification.show(getTranslation("roles.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidInputException e) {
            notifyRest(FieldErrors.show(e.errors(), fields));
        } // any other refusal is told by the screens' error handler
    }

    private void notifyRest(List<FieldError> unplaced) {
        if (!unplaced.isEmpty()) {
            Notification.show(unplaced.stream().map(err -> FieldErrors.translate(this, err))
                    .collect(Collectors.joining(" ")), 5000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
