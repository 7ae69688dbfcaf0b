package io.tacitcrm.ui.settings;

import io.tacitcrm.access.domain.GranteeType;
import io.tacitcrm.identity.service.Member;
import io.tacitcrm.identity.service.RoleSummary;
import io.tacitcrm.identity.service.TeamSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Who a share or a rule can be for (users, teams, roles), with their names: one list for the pickers and the grids. */
record Grantees(List<Member> users, Map<UUID, TeamSummary> teams, List<RoleSummary> roles) {

    record Choice(GranteeType type, UUID id, String name) {
    }

    List<Choice> of(GranteeType type) {
        List<Choice> choices = new ArrayList<>();
        switch (type) {
            case USER -> users.forEach(u -> choices.add(new Choice(type, u.id().value(), u.name())));
            case TEAM -> teams.values().forEach(t -> choices.add(new Choice(type, t.id().value(), t.name())));
            case ROLE, ROLE_AND_SUBORDINATES -> roles.forEach(r -> choices.add(new Choice(type, r.id().value(),
                    r.name())));
        }
        choices.sort(Comparator.comparing(Choice::name));
        return choices;
    }

    String name(GranteeType type, UUID id) {
        return of(type).stream().filter(c -> c.id().equals(id)).map(Choice::name).findFirst().orElse("?");
    }
}
