package io.tacitcrm.ui.settings;

import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.service.TeamDraft;
import io.tacitcrm.identity.service.TeamView;
import io.tacitcrm.identity.service.UserSummary;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What the team form edits, named as the service names the fields; the service checks people and names. */
public record TeamForm(@NotBlank(message = "{tacit.required}") String name, UserId leaderId, Set<UserId> memberIds) {

    static TeamForm blank() {
        return new TeamForm("", null, Set.of());
    }

    static TeamForm of(TeamView team) {
        return new TeamForm(team.name(), team.leader().orElse(null), team.members().stream().map(UserSummary::id)
                .collect(Collectors.toSet()));
    }

    TeamDraft draft() {
        return new TeamDraft(name, Optional.ofNullable(leaderId), memberIds == null ? Set.of() : memberIds);
    }
}
