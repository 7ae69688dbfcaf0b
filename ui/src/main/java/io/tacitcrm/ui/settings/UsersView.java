package io.tacitcrm.ui.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.domain.RoleId;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.PasswordResets;
import io.tacitcrm.identity.service.RoleSummary;
import io.tacitcrm.identity.service.UserAdministration;
import io.tacitcrm.identity.service.WorkspacePlan;
import io.tacitcrm.identity.service.UserListing;
import io.tacitcrm.ui.shell.MainLayout;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The people of the workspace: administrators invite them by mail (each chooses their own password), send them a link
 * to choose a new one, move them to another role and deactivate them. Every change applies at the person's next click
 * — their access is worked out afresh each time.
 */
@Route(value = "settings/users", layout = MainLayout.class)
@Dependent
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAdministration administration;
    private final Grid<UserListing> grid = new Grid<>();
    private List<RoleSummary> roles = List.of();

    private final PasswordResets resets;
    private final WorkspacePlan plan;
    private final PlanLine planLine = new PlanLine();

    @Inject
    public UsersView(UserAdministration administration, PasswordResets resets, CurrentPrincipal principal,
            WorkspacePlan plan) {
        this.administration = administration;
        this.resets = resets;
        this.plan = plan;
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
        grid.addColumn(u -> getTranslation(!u.active() ? "users.inactive" : u.invited() ? "users.invited-status"
                        : "users.active"))
                .setHeader(getTranslation("users.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setId("users-grid");
        Button add = new Button(getTranslation("users.add"), VaadinIcon.PLUS.create(), e -> add());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("user-add");
        add(planLine, add, grid);
        expand(grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " · Tacit CRM";
    }

    private void refresh() {
        grid.setItems(administration.users());
        planLine.show(plan.status());
    }

    private String roleName(RoleId id) {
        return roles.stream().filter(r -> r.id().equals(id)).map(RoleSummary::name).findFirst().orElse("");
    }

    private void add() {
        UserDialogs.add(roles, form -> administration.addUser(form.invitation()), this::refresh).open();
    }

    /** Edit; and by mail, an invitation again (not joined yet) or a link to choose a new password (active). */
    private HorizontalLayout actions(UserListing user) {
        HorizontalLayout actions = new HorizontalLayout(action(VaadinIcon.EDIT, "users.edit", () -> edit(user)));
        actions.setSpacing(false);
        if (user.active() && user.invited()) {
            actions.add(action(VaadinIcon.ENVELOPE, "users.invite-again", () -> {
                administration.resendInvitation(user.id());
                sent("users.invited-again", user);
            }));
        } else if (user.active()) {
            actions.add(action(VaadinIcon.KEY, "users.reset", () -> {
                resets.sendByAdministrator(user.id());
                sent("users.reset-sent", user);
            }));
        }
        return actions;
    }

    private Button action(VaadinIcon icon, String labelKey, Runnable run) {
        Button button = new Button(icon.create(), e -> run.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setTooltipText(getTranslation(labelKey));
        button.setAriaLabel(getTranslation(labelKey));
        return button;
    }

    private void sent(String key, UserListing user) {
        Notification.show(getTranslation(key, user.email()), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void edit(UserListing user) {
        UserDialogs.edit(roles, UserForm.of(user), form -> administration.changeUser(user.id(), form.change()),
                this::refresh).open();
    }
}
