package io.tacitcrm.identity.service;

import io.tacitcrm.identity.domain.Role;
import io.tacitcrm.identity.domain.RoleId;
import io.tacitcrm.identity.domain.RolePath;
import io.tacitcrm.identity.domain.RoleRepository;
import io.tacitcrm.identity.domain.Team;
import io.tacitcrm.identity.domain.TeamId;
import io.tacitcrm.identity.domain.TeamRepository;
import io.tacitcrm.identity.domain.User;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** What other features may learn about the current tenant's users. */
@ApplicationScoped
public class UserDirectory {

    private final UserRepository users;
    private final RoleRepository roles;
    private final TeamRepository teams;
    private final CurrentPrincipal caller;
    private final RevisionCache cache;

    @Inject
    public UserDirectory(UserRepository users, RoleRepository roles, TeamRepository teams,
            CurrentPrincipal caller, RevisionCache cache) {
        this.users = users;
        this.roles = roles;
        this.teams = teams;
        this.caller = caller;
        this.cache = cache;
    }

    /** For CDI's proxy only. */
    protected UserDirectory() {
        this(null, null, null, null, null);
    }

    /** The user, if they exist in the current tenant and are active. */
    @Transactional
    public Optional<UserSummary> findActive(UserId id) {
        return users.find(id).filter(User::isActive).map(u -> new UserSummary(u.id(), u.name()));
    }

    /** The user as a member with their role's place in the tree, if they exist in the current tenant. */
    @Transactional
    public Optional<Member> member(UserId id) {
        return users.find(id).map(u -> {
            Optional<Role> role = u.role().flatMap(roles::find);
            return new Member(u.id(), u.name(), role.map(Role::path), role.map(Role::name));
        });
    }

    /**
     * The user's place in the role tree. Access asks it for every record's owner, so every user's place is kept per
     * access revision (a move in the tree, a new role for a user bumps it): no query on most requests.
     */
    public Optional<RolePath> rolePathOf(UserId id) {
        return Optional.ofNullable(caller.get().map(me -> cache.<Map<UserId, RolePath>>get(me, "role-paths",
                this::rolePaths)).orElseGet(this::rolePaths).get(id));
    }

    private Map<UserId, RolePath> rolePaths() {
        Map<RoleId, RolePath> paths = roles.all().stream().collect(Collectors.toMap(Role::id, Role::path));
        return users.all().stream().filter(u -> u.role().map(paths::containsKey).orElse(false))
                .collect(Collectors.toUnmodifiableMap(User::id, u -> paths.get(u.role().get())));
    }

    /** Every active user of the current tenant with their role's place in the tree. */
    @Transactional
    public List<Member> activeMembers() {
        Map<RoleId, Role> byId = roles.all().stream().collect(Collectors.toMap(Role::id, r -> r));
        return users.allActive().stream().map(u -> {
            Optional<Role> role = u.role().map(byId::get);
            return new Member(u.id(), u.name(), role.map(Role::path), role.map(Role::name));
        }).toList();
    }

    /** A role's place in the tree, if the role exists in the current tenant. */
    @Transactional
    public Optional<RolePath> rolePath(RoleId id) {
        return roles.find(id).map(Role::path);
    }

    /** Names of the roles on a path, root first: "General Manager > Sales Director". */
    @Transactional
    public String describe(RolePath path) {
        Map<RoleId, Role> byId = roles.all().stream().collect(Collectors.toMap(Role::id, r -> r));
        return path.lineage().stream().map(byId::get).filter(Objects::nonNull).map(Role::name)
                .collect(Collectors.joining(" > "));
    }

    /** Display names of the given users of the current tenant; unknown ids are left out. */
    @Transactional
    public Map<UserId, String> names(Set<UserId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        // every user's name, kept per access revision (a rename, a new user bumps it): no query on most lists
        Map<UserId, String> all = caller.get().map(me -> cache.<Map<UserId, String>>get(me, "names",
                () -> users.all().stream().collect(Collectors.toUnmodifiableMap(User::id, User::name))))
                .orElseGet(() -> users.findAll(ids).stream().collect(Collectors.toMap(User::id, User::name)));
        return ids.stream().filter(all::containsKey).collect(Collectors.toMap(id -> id, all::get));
    }

    /**
     * True when every user of the workspace other than {@code me} (active or not) has a role strictly below {@code
     * path}.
     */
    @Transactional
    public boolean everyoneElseBelow(UserId me, RolePath path) {
        return users.countOutside(me, path) == 0;
    }

    /** The teams the user is on (ids). */
    @Transactional
    public Set<UUID> teamsOf(UserId user) {
        return teams.teamsOf(user).stream().map(TeamId::value).collect(Collectors.toUnmodifiableSet());
    }

    /** Every team of the tenant by id, with its name and members: for explanations and pickers. */
    @Transactional
    public Map<UUID, TeamSummary> teams() {
        List<Team> all = teams.all();
        Map<TeamId, Set<UserId>> members = teams.membersOf(all.stream().map(Team::id).toList());
        return all.stream().collect(Collectors.toMap(t -> t.id().value(), t -> new TeamSummary(t.id(), t.name(),
                members.get(t.id()))));
    }
}
