package io.tacitcrm.identity.infrastructure;

import io.tacitcrm.identity.domain.Team;
import io.tacitcrm.identity.domain.TeamId;
import io.tacitcrm.identity.domain.TeamMember;
import io.tacitcrm.identity.domain.TeamRepository;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
class JpaTeamRepository implements TeamRepository {

    @Inject
    TransactionEntityManagers entityManagers;

    @Override
    public Optional<Team> find(TeamId id) {
        return Optional.ofNullable(em().find(Team.class, id.value()));
    }

    @Override
    public Optional<Team> findNamed(String name) {
        return em().createQuery("select t from Team t where lower(t.name) = :name", Team.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }

    @Override
    public List<Team> all() {
        return em().createQuery("select t from Team t order by t.name, t.id", Team.class).getResultList();
    }

    @Override
    public Map<TeamId, Set<UserId>> membersOf(Collection<TeamId> teams) {
        Map<TeamId, Set<UserId>> members = new HashMap<>();
        teams.forEach(t -> members.put(t, new HashSet<>()));
        if (!teams.isEmpty()) {
            em().createQuery("select m from TeamMember m where m.teamId in :teams", TeamMember.class)
                    .setParameter("teams", teams.stream().map(TeamId::value).toList())
                    .getResultList().forEach(m -> members.get(m.team()).add(m.user()));
        }
        return members;
    }

    @Override
    public Set<TeamId> teamsOf(UserId user) {
        return em().createQuery("select m.teamId from TeamMember m where m.userId = :user", UUID.class)
                .setParameter("user", user.value()).getResultStream().map(TeamId::new)
                        .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void add(Team team) {
        em().persist(team);
    }

    @Override
    public void replaceMembers(TeamId team, Set<UserId> members) {
        Set<UserId> current = membersOf(List.of(team)).get(team);
        List<UUID> gone = current.stream().filter(u -> !members.contains(u)).map(UserId::value).toList();
        if (!gone.isEmpty()) {
            em().createQuery("delete from TeamMember m where m.teamId = :team and m.userId in :gone")
                    .setParameter("team", team.value()).setParameter("gone", gone).executeUpdate();
        }
        members.stream().filter(u -> !current.contains(u)).forEach(u -> em().persist(new TeamMember(team, u)));
    }

    @Override
    public void markChanged(Team team) {
        em().lock(team, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    @Override
    public void remove(Team team) {
        em().createQuery("delete from TeamMember m where m.teamId = :team").setParameter("team", team.id().value())
                .executeUpdate();
        em().remove(team);
    }

    private EntityManager em() {
        return entityManagers.tenantData();
    }
}
