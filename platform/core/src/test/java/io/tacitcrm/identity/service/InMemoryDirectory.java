package io.tacitcrm.identity.service;

import io.tacitcrm.identity.domain.EmailAddress;
import io.tacitcrm.identity.domain.RoleId;
import io.tacitcrm.identity.domain.RolePath;
import io.tacitcrm.identity.domain.Team;
import io.tacitcrm.identity.domain.TeamId;
import io.tacitcrm.identity.domain.TeamRepository;
import io.tacitcrm.identity.domain.User;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.domain.UserRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Users and teams of one workspace in maps, for unit tests of the identity services. */
final class InMemoryDirectory {

    final Map<UserId, User> users = new LinkedHashMap<>();
    final Map<TeamId, Team> teams = new LinkedHashMap<>();
    final Map<TeamId, Set<UserId>> members = new HashMap<>();

    UserId user(String name) {
        UserId id = new UserId(UUID.randomUUID());
        users.put(id, new User(id, EmailAddress.parse(name.toLowerCase(Locale.ROOT) + "@test.example"), name,
                Optional.empty(), Locale.ENGLISH, "-", Instant.EPOCH));
        return id;
    }

    final UserRepository userRepository = new UserRepository() {
        @Override
        public Optional<User> find(UserId id) {
            return Optional.ofNullable(users.get(id));
        }

        @Override
        public Optional<User> findByEmail(EmailAddress email) {
            return users.values().stream().filter(u -> u.email().equals(email)).findFirst();
        }

        @Override
        public List<User> findAll(Collection<UserId> ids) {
            return ids.stream().map(users::get).filter(u -> u != null).toList();
        }

        @Override
        public long countWithRole(RoleId role) {
            return users.values().stream().filter(u -> u.role().equals(Optional.of(role))).count();
        }

        @Override
        public List<User> all() {
            return List.copyOf(users.values());
        }

        @Override
        public List<User> allActive() {
            return users.values().stream().filter(User::isActive).toList();
        }

        @Override
        public void add(User user) {
            users.put(user.id(), user);
        }

        @Override
        public long countOutside(UserId me, RolePath path) {
            throw new UnsupportedOperationException("not needed by the services under test");
        }
    };

    final TeamRepository teamRepository = new TeamRepository() {
        @Override
        public Optional<Team> find(TeamId id) {
            return Optional.ofNullable(teams.get(id));
        }

        @Override
        public Optional<Team> findNamed(String name) {
            return teams.values().stream().filter(t -> t.name().equals(name)).findFirst();
        }

        @Override
        public List<Team> all() {
            return List.copyOf(teams.values());
        }

        @Override
        public Map<TeamId, Set<UserId>> membersOf(Collection<TeamId> ids) {
            return ids.stream().collect(Collectors.toMap(id -> id, id -> members.getOrDefault(id, Set.of())));
        }

        @Override
        public Set<TeamId> teamsOf(UserId user) {
            return members.entrySet().stream().filter(e -> e.getValue().contains(user)).map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
        }

        @Override
        public void add(Team team) {
            teams.put(team.id(), team);
        }

        @Override
        public void replaceMembers(TeamId team, Set<UserId> replacing) {
            members.put(team, Set.copyOf(replacing));
        }

        @Override
        public void markChanged(Team team) {
            // a stored team's version moves on with the row; the map holds the object itself
        }

        @Override
        public void remove(Team team) {
            teams.remove(team.id());
            members.remove(team.id());
        }
    };
}
