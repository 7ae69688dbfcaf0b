package io.tacitcrm.identity.service;

import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.ExpectedVersion;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.common.domain.TextRules;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.domain.Team;
import io.tacitcrm.identity.domain.TeamId;
import io.tacitcrm.identity.domain.TeamRepository;
import io.tacitcrm.identity.domain.User;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Teams: everyone in the workspace may list them (to share with one); administrators (users.manage) create, change and
 * delete them. Membership is read for every request, so adding or removing a member changes their access at once.
 */
@ApplicationScoped
@Transactional
public class TeamAdministration {

    private final TeamRepository teams;
    private final UserRepository users;
    private final CurrentPrincipal caller;
    private final Clock clock;
    private final Event<TeamDeleted> deleted;

    @Inject
    public TeamAdministration(TeamRepository teams, UserRepository users, CurrentPrincipal caller,
            Clock clock, Event<TeamDeleted> deleted) {
        this.teams = teams;
        this.users = users;
        this.caller = caller;
        this.clock = clock;
        this.deleted = deleted;
    }

    /** For CDI's proxy only. */
    protected TeamAdministration() {
        this(null, null, null, null, null);
    }

    public List<TeamView> teams() {
        caller.require();
        List<Team> all = teams.all();
        Map<TeamId, Set<UserId>> members = teams.membersOf(all.stream().map(Team::id).toList());
        Set<UserId> everyone = new HashSet<>();
        members.values().forEach(everyone::addAll);
        Map<UserId, String> names = new HashMap<>();
        users.findAll(everyone).forEach(u -> names.put(u.id(), u.name()));
        return all.stream().map(t -> new TeamView(t.id(), t.name(), t.leader(), members.get(t.id()).stream()
                .map(u -> new UserSummary(u, names.getOrDefault(u, "")))
                .sorted(Comparator.comparing(UserSummary::name)).toList(), t.version())).toList();
    }

    public TeamId create(TeamDraft input) {
        caller.require().require(Permission.USERS_MANAGE);
        Checked team = check(input, Optional.empty());
        TeamId id = new TeamId(Ids.newId());
        teams.add(new Team(id, team.name(), team.leader(), clock.instant()));
        teams.replaceMembers(id, team.members());
        return id;
    }

    /** Replaces name, leader and members; the expected version guards against overwriting someone else's change. */
    public void change(TeamId id, ExpectedVersion expected, TeamDraft input) {
        caller.require().require(Permission.USERS_MANAGE);
        Team team = teams.find(id).orElseThrow(() -> new NotFoundException("team"));
        expected.check(team.version(), "team");
        Checked checked = check(input, Optional.of(id));
        team.rename(checked.name());
        team.lead(checked.leader());
        teams.replaceMembers(id, checked.members());
        teams.markChanged(team);
    }

    public void delete(TeamId id) {
        caller.require().require(Permission.USERS_MANAGE);
        Team team = teams.find(id).orElseThrow(() -> new NotFoundException("team"));
        deleted.fire(new TeamDeleted(id));
        teams.remove(team);
    }

    public Optional<TeamView> find(TeamId id) {
        return teams().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    private record Checked(String name, Optional<UserId> leader, Set<UserId> members) {
    }

    /** Name required and unique; leader and members active users of this workspace; the leader is a member. */
    private Checked check(TeamDraft draft, Optional<TeamId> self) {
        List<FieldError> errors = new ArrayList<>();
        String name = draft.name() == null ? "" : draft.name().strip();
        TextRules.required(errors, "name", name, 100);
        Set<UserId> members = new LinkedHashSet<>(draft.members());
        draft.leader().ifPresent(members::add);
        if (members.size() > 5_000) {
            errors.add(new FieldError("memberIds", "size", "a team has at most 5000 members"));
        }
        Set<UserId> active = new HashSet<>();
        users.findAll(members).stream().filter(User::isActive).forEach(u -> active.add(u.id()));
        draft.leader().filter(l -> !active.contains(l))
                .ifPresent(l -> errors.add(new FieldError("leaderId", "user.unknown",
                        "is not an active user of this workspace")));
        List<UUID> unknown = draft.members().stream().filter(m -> !active.contains(m)).map(UserId::value).sorted()
                .toList();
        if (!unknown.isEmpty()) {
            errors.add(new FieldError("memberIds", "user.unknown", "not active users of this workspace: " + unknown));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (teams.findNamed(name).filter(t -> self.map(s -> !s.equals(t.id())).orElse(true)).isPresent()) {
            throw new ConflictException("name", "team.name-taken", "A team with this name already exists.");
        }
        return new Checked(name, draft.leader(), members);
    }
}
