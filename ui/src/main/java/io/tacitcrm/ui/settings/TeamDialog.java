package io.tacitcrm.ui.settings;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.service.Member;
import io.tacitcrm.ui.shell.FormDialog;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The team form: a new team, or an existing one's name, leader and members. */
class TeamDialog extends FormDialog<TeamForm> {

    TeamDialog(List<Member> people, Optional<TeamForm> existing, Save<TeamForm> save, Runnable onSaved) {
        super(TeamForm.class, "team", "teams.saved", save, onSaved);
        setHeaderTitle(getTranslation(existing.isPresent() ? "teams.edit" : "teams.add"));
        setWidth("min(32em, 95vw)");
        Map<UserId, String> names = people.stream().collect(Collectors.toMap(Member::id, Member::name));
        List<UserId> ids = people.stream().map(Member::id).toList();
        TextField name = new TextField(getTranslation("teams.name"));
        name.setWidthFull();
        name.setId("team-name");
        limited(name, 100).bind("name");
        ComboBox<UserId> leader = new ComboBox<>(getTranslation("teams.leader"), ids);
        leader.setItemLabelGenerator(id -> names.getOrDefault(id, ""));
        leader.setClearButtonVisible(true);
        leader.setWidthFull();
        binder.forField(leader).bind("leaderId");
        MultiSelectComboBox<UserId> members = new MultiSelectComboBox<>(getTranslation("teams.members"), ids);
        members.setItemLabelGenerator(id -> names.getOrDefault(id, ""));
        members.setWidthFull();
        members.setId("team-members");
        binder.forField(members).bind("memberIds");
        setForm(new VerticalLayout(name, leader, members));
        edit(existing.orElseGet(TeamForm::blank));
        addOpenedChangeListener(e -> name.focus());
    }
}
