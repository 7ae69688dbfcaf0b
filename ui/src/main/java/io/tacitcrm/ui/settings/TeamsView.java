package io.tacitcrm.ui.settings;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.tacitcrm.common.domain.ExpectedVersion;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.Member;
import io.tacitcrm.identity.service.TeamAdministration;
import io.tacitcrm.identity.service.TeamView;
import io.tacitcrm.identity.service.UserDirectory;
import io.tacitcrm.identity.service.UserSummary;
import io.tacitcrm.ui.shell.MainLayout;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Teams sell together across the role tree: records shared with a team reach all its members. Administrators keep them.
 */
@Route(value = "settings/teams", layout = MainLayout.class)
@Dependent
public class TeamsView extends VerticalLayout implements HasDynamicTitle {

    private final TeamAdministration teams;
    private final UserDirectory directory;
    private final Grid<TeamView> grid = new Grid<>();

    @Inject
    public TeamsView(TeamAdministration teams, UserDirectory directory, CurrentPrincipal principal) {
        this.teams = teams;
        this.directory = directory;
        setSizeFull();
        add(new H2(getTranslation("teams.title")), new Paragraph(getTranslation("teams.intro")));
        boolean admin = principal.require().has(Permission.USERS_MANAGE);
        grid.addColumn(TeamView::name).setHeader(getTranslation("teams.name")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.leader().flatMap(l -> t.members().stream().filter(m -> m.id().equals(l)).findFirst())
                .map(UserSummary::name).orElse("")).setHeader(getTranslation("teams.leader")).setAutoWidth(true)
                        .setFlexGrow(0);
        grid.addColumn(t -> t.members().stream().map(UserSummary::name).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("teams.members")).setFlexGrow(1);
        grid.setId("teams-grid");
        grid.setEmptyStateText(getTranslation("teams.empty"));
        if (admin) {
            grid.addComponentColumn(t -> new HorizontalLayout(
                    new Button(VaadinIcon.EDIT.create(), e -> edit(Optional.of(t))),
                    new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(t)))).setAutoWidth(true).setFlexGrow(0);
            Button add = new Button(getTranslation("teams.add"), VaadinIcon.PLUS.create(), e -> edit(Optional.empty()));
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add.setId("team-add");
            add(add);
        }
        add(grid);
        expand(grid);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teams.title") + " · Tacit CRM";
    }

    private void refresh() {
        grid.setItems(teams.teams());
    }

    private void edit(Optional<TeamView> team) {
        List<Member> people = directory.activeMembers().stream().sorted(Comparator.comparing(Member::name)).toList();
        new TeamDialog(people, team.map(TeamForm::of), form -> team.ifPresentOrElse(
                t -> teams.change(t.id(), ExpectedVersion.of(t.version()), form.draft()),
                () -> teams.create(form.draft())), this::refresh).open();
    }

    private void confirmDelete(TeamView team) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("teams.delete.title"),
                getTranslation("teams.delete.text", team.name()),
                getTranslation("action.delete"), e -> {
                    teams.delete(team.id()); // a refusal is told by the screens' error handler
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
