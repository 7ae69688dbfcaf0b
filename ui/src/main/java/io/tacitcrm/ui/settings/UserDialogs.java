package io.tacitcrm.ui.settings;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import io.tacitcrm.identity.domain.RoleId;
import io.tacitcrm.identity.service.RoleSummary;
import io.tacitcrm.ui.shell.FormDialog;
import io.tacitcrm.ui.shell.FormDialog.Save;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The user forms: a person to invite by mail, or an existing one's name, role and status. */
final class UserDialogs {

    private UserDialogs() {
    }

    static FormDialog<NewUserForm> add(List<RoleSummary> roles, Save<NewUserForm> save, Runnable onSaved) {
        return new Add(roles, save, onSaved);
    }

    static FormDialog<UserForm> edit(List<RoleSummary> roles, UserForm user, Save<UserForm> save, Runnable onSaved) {
        return new Edit(roles, user, save, onSaved);
    }

    private static final class Add extends FormDialog<NewUserForm> {

        Add(List<RoleSummary> roles, Save<NewUserForm> save, Runnable onSaved) {
            super(NewUserForm.class, "user", "users.invited", save, onSaved);
            setHeaderTitle(getTranslation("users.add"));
            setWidth("min(30em, 95vw)");
            TextField name = name(this);
            limited(name, 100).bind("name");
            EmailField email = new EmailField(getTranslation("users.email"));
            email.setId("user-email");
            email.setWidthFull();
            email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(
                    getTranslation("error.email.invalid")));
            limited(email, 254).bind("email");
            ComboBox<RoleId> role = rolePicker(this, roles);
            binder.forField(role).bind("roleId");
            Paragraph how = new Paragraph(getTranslation("users.invite.help"));
            how.addClassName("tacit-facts");
            setForm(new VerticalLayout(name, email, role, how));
            edit(NewUserForm.blank());
            addOpenedChangeListener(e -> name.focus());
        }
    }

    private static final class Edit extends FormDialog<UserForm> {

        Edit(List<RoleSummary> roles, UserForm user, Save<UserForm> save, Runnable onSaved) {
            super(UserForm.class, "user", "users.saved", save, onSaved);
            setHeaderTitle(user.name());
            setWidth("min(30em, 95vw)");
            TextField name = name(this);
            limited(name, 100).bind("name");
            ComboBox<RoleId> role = rolePicker(this, roles);
            binder.forField(role).bind("roleId");
            Checkbox active = new Checkbox(getTranslation("users.active"));
            active.setId("user-active");
            binder.forField(active).bind("active");
            setForm(new VerticalLayout(name, role, active));
            edit(user);
        }
    }

    private static TextField name(FormDialog<?> dialog) {
        TextField name = new TextField(dialog.getTranslation("users.name"));
        name.setId("user-name");
        name.setWidthFull();
        return name;
    }

    private static ComboBox<RoleId> rolePicker(FormDialog<?> dialog, List<RoleSummary> roles) {
        Map<RoleId, String> names = roles.stream().collect(Collectors.toMap(RoleSummary::id, RoleSummary::name));
        ComboBox<RoleId> role = new ComboBox<>(dialog.getTranslation("users.role"),
                roles.stream().map(RoleSummary::id).toList());
        role.setItemLabelGenerator(id -> names.getOrDefault(id, ""));
        role.setWidthFull();
        role.setId("user-role");
        return role;
    }
}
