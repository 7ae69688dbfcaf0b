package io.tacitcrm.ui.settings;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.domain.RoleId;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.NewUser;
import io.tacitcrm.identity.service.RoleSummary;
import io.tacitcrm.identity.service.UserAdministration;
import io.tacitcrm.identity.service.UserChange;
import io.tacitcrm.identity.service.UserListing;
import io.tacitcrm.ui.shell.MainLayout;
import io.tacitcrm.ui.shell.Problems;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The people of the workspace: administrators add them (with a first password to pass on), move them to another role
 * and deactivate them. Every change applies at the person's next click — their access is worked out afresh each time.
 */
@Route(value = "settings/users", layout = MainLayout.class)
@Dependent
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAdministration administration;
    private final Grid<UserListing> grid = new Grid<>();
    private List<RoleSummary> roles = List.of();

    @Inject
    public UsersView(UserAdministration administration, CurrentPrincipal principal) {
        this.administration = administration;
        setSizeFull();
        add(new H2(getTranslation("users.title")), new Paragraph(getTranslation("users.intro")));
        if (!principal.require().has(Permission.USERS_MANAGE)) {
            add(new Paragraph(getTranslation("error.permission.missing")));
            return;
        }
        roles = administration.roleTree();
        grid.addColumn(UserListing::name).setHeader(getTranslation("users.name")).setAutoWidth(true).setFlexGrow(0)
                .setSortable(true);
        grid.addColumn(UserListing::email).setHeader(getTranslation("users.email")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(u -> u.role().map(this::roleName).orElse("")).setHeader(getTranslation("users.role"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(u -> getTranslation(u.active() ? "users.active" : "users.inactive"))
                .setHeader(getTranslation("users.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(u -> new Button(VaadinIcon.EDIT.create(), e -> edit(u))).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setId("users-grid");
        Button add = new Button(getTranslation("users.add"), VaadinIcon.PLUS.create(), e -> add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("user-add");
        add(add, grid);
        expand(grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · Tacit CRM";
    }

    private void refresh() {
        grid.setItems(administration.users());
    }

    private String roleName(RoleId id) {
        return roles.stream().filter(r -> r.id().equals(id)).map(RoleSummary::name).findFirst().orElse("");
    }

    private ComboBox<RoleSummary> rolePicker() {
        ComboBox<RoleSummary> role = new ComboBox<>(getTranslation("users.role"), roles);
        role.setItemLabelGenerator(RoleSummary::name);
        role.setWidthFull();
        role.setId("user-role");
        return role;
    }

    private void add() {
        Dialog dialog = new Dialog(getTranslation("users.add"));
        TextField name = new TextField(getTranslation("users.name"));
        name.setId("user-name");
        EmailField email = new EmailField(getTranslation("users.email"));
        email.setId("user-email");
        ComboBox<RoleSummary> role = rolePicker();
        PasswordField password = new PasswordField(getTranslation("users.password"));
        password.setHelperText(getTranslation("users.password.help"));
        password.setId("user-password");
        List.of(name, email, password).forEach(f -> f.setWidthFull());
        Div message = new Div();
        dialog.add(new VerticalLayout(name, email, role, password, message));
        dialog.setWidth("30em");
        Button save = new Button(getTranslation("action.save"), e -> run(dialog, message,
                Map.of("name", name, "email", email, "roleId", role, "password", password),
                () -> administration.addUser(new NewUser(email.getValue(), name.getValue(),
                        Optional.ofNullable(role.getValue()).map(r -> r.id().toString()).orElse(""),
                                password.getValue()))));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("user-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
        name.focus();
    }

    private void edit(UserListing user) {
        Dialog dialog = new Dialog(user.name());
        TextField name = new TextField(getTranslation("users.name"));
        name.setValue(user.name());
        name.setWidthFull();
        ComboBox<RoleSummary> role = rolePicker();
        user.role().flatMap(id -> roles.stream().filter(r -> r.id().equals(id)).findFirst()).ifPresent(role::setValue);
        Checkbox active = new Checkbox(getTranslation("users.active"), user.active());
        active.setId("user-active");
        Div message = new Div();
        dialog.add(new VerticalLayout(name, role, active, message));
        dialog.setWidth("30em");
        Button save = new Button(getTranslation("action.save"), e -> run(dialog, message, Map.of("name", name,
                "roleId", role),
                () -> administration.changeUser(user.id(), new UserChange(Optional.of(name.getValue()),
                        Optional.ofNullable(role.getValue()).map(r -> r.id().toString()),
                                Optional.of(active.getValue())))));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("user-save");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void run(Dialog dialog, Div message, Map<String, ? extends HasValidation> fields, Runnable change) {
        try {
            change.run();
            dialog.close();
            refresh();
        } catch (DomainException problem) {
            Problems.show(problem, fields, message);
        }
    }
}
