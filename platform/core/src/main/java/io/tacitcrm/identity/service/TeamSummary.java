package io.tacitcrm.identity.service;

import io.tacitcrm.identity.domain.TeamId;
import io.tacitcrm.identity.domain.UserId;
import java.util.Set;

/** A team's name and members, as other features see it. */
public record TeamSummary(TeamId id, String name, Set<UserId> members) {

    public TeamSummary {
        members = Set.copyOf(members);
    }
}
