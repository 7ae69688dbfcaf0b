package io.tacitcrm.identity.service;

import io.tacitcrm.identity.domain.TeamId;
import io.tacitcrm.identity.domain.UserId;
import java.util.List;
import java.util.Optional;

/** A team with its leader and members (ids and names), for lists and pickers. */
public record TeamView(TeamId id, String name, Optional<UserId> leader, List<UserSummary> members, long version) {
}
