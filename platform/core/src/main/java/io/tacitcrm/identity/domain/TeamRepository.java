package io.tacitcrm.identity.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The current tenant's teams and their members. */
public interface TeamRepository {

    Optional<Team> find(TeamId id);

    Optional<Team> findNamed(String name);

    /** Every team of the tenant, by name. */
    List<Team> all();

    /** The members of each of the given teams. */
    Map<TeamId, Set<UserId>> membersOf(Collection<TeamId> teams);

    /** The teams a user belongs to: read for every request, so a removal takes effect at once. */
    Set<TeamId> teamsOf(UserId user);

    void add(Team team);

    /** Makes the team's members exactly {@code members}. */
    void replaceMembers(TeamId team, Set<UserId> members);

    /** Counts a change of members as a change of the team: its version moves on. */
    void markChanged(Team team);

    void remove(Team team);
}
