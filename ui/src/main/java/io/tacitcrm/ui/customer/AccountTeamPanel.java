package io.tacitcrm.ui.customer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import io.tacitcrm.access.domain.AccessLevel;
import io.tacitcrm.access.domain.RecordShare;
import io.tacitcrm.access.service.Permit;
import io.tacitcrm.access.service.RecordSharing;
import io.tacitcrm.access.service.TeamMembership;
import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.identity.service.Member;
import io.tacitcrm.ui.shell.Problems;
import io.tacitcrm.ui.shell.TextLimits;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The people who sell this customer together — each with a role on the team and read or edit access (a previous owner
 * keeps read access for a while after a transfer) — and, below, who else can see the customer and why.
 */
class AccountTeamPanel extends Composite<VerticalLayout> {

    private final RecordSharing sharing;
    private final Supplier<Permit> permit;
    private final List<Member> people;
    private final Grid<RecordShare> grid = new Grid<>();

    /** {@code permit} is asked afresh for every change, so a revoked right shows at once. */
    AccountTeamPanel(RecordSharing sharing, Supplier<Permit> permit, List<Member> people, ZoneId zone) {
        this.sharing = sharing;
        this.permit = permit;
        boolean mayEdit = permit.get().mayShare();
        this.people = people.stream().sorted(Comparator.comparing(Member::name)).toList();
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(zone);
        grid.addColumn(s -> name(s)).setHeader(getTranslation("team.member")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.teamRole().map(this::teamRole).orElse("")).setHeader(getTranslation("team.role"))
                .setFlexGrow(1);
        grid.addColumn(s -> getTranslation("access.level." + s.access().name()))
                .setHeader(getTranslation("access.level")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.expiresAt().map(dates::format).orElse("")).setHeader(getTranslation("team.until"))
                .setAutoWidth(true).setFlexGrow(0);
        if (mayEdit) {
            grid.addComponentColumn(s -> new Button(VaadinIcon.TRASH.create(), e -> remove(s))).setAutoWidth(true)
                    .setFlexGrow(0);
        }
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("team.empty"));
        grid.setId("account-team-grid");
        if (mayEdit) {
            layout.add(addForm());
        }
        layout.add(grid, new AccessPanel(() -> sharing.whoCanAccess(permit.get())));
        refresh();
    }

    private HorizontalLayout addForm() {
        ComboBox<Member> member = new ComboBox<>(getTranslation("team.member"), people);
        member.setItemLabelGenerator(Member::name);
        member.setId("team-member");
        TextField role = new TextField(getTranslation("team.role"));
        TextLimits.limit(role, 40);
        role.setPlaceholder(getTranslation("team.role.placeholder"));
        role.setId("team-role");
        Select<AccessLevel> access = new Select<>();
        access.setLabel(getTranslation("access.level"));
        access.setItems(AccessLevel.values());
        access.setItemLabelGenerator(a -> getTranslation("access.level." + a.name()));
        access.setValue(AccessLevel.READ);
        Div message = new Div();
        Button add = new Button(getTranslation("team.add"), VaadinIcon.PLUS.create(), e -> {
            try {
                if (member.getValue() == null) {
                    member.setErrorMessage(getTranslation("error.required"));
                    member.setInvalid(true);
                    return;
                }
                sharing.addToTeam(permit.get(), new TeamMembership(member.getValue().id(), role.getValue().strip(),
                        access.getValue(), Optional.empty()));
                member.clear();
                role.clear();
                message.setText("");
                refresh();
            } catch (DomainException problem) {
                Problems.show(problem, Map.of("teamRole", role, "granteeId", member, "userId", member), message);
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("team-add-member");
        HorizontalLayout form = new HorizontalLayout(member, role, access, add, message);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true); // a phone shows the fields one under another
        return form;
    }

    /** A transfer names the previous owner's place in English; shown in the reader's language. */
    private String teamRole(String role) {
        return role.equals(RecordShare.PREVIOUS_OWNER) ? getTranslation("team.role.previous-owner") : role;
    }

    private String name(RecordShare share) {
        return people.stream().filter(p -> p.id().value().equals(share.granteeId())).map(Member::name).findFirst()
                .orElse("?");
    }

    private void remove(RecordShare share) {
        sharing.removeFromTeam(permit.get(), share.id());
        refresh();
    }

    private void refresh() {
        grid.setItems(sharing.team(permit.get()));
    }
}
