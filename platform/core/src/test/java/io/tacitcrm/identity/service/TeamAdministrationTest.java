package io.tacitcrm.identity.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.common.domain.AccessDeniedException;
import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.ExpectedVersion;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.domain.TeamId;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.testing.Callers;
import io.tacitcrm.testing.RecordedEvents;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TeamAdministrationTest {

    private final InMemoryDirectory directory = new InMemoryDirectory();
    private final RecordedEvents<TeamDeleted> deleted = new RecordedEvents<>();
    private final UserId lead = directory.user("Lead");
    private final UserId rep = directory.user("Rep");
    private final TeamAdministration admin = as(directory.user("Admin"), Permission.USERS_MANAGE);

    private TeamAdministration as(UserId user, Permission... permissions) {
        return new TeamAdministration(directory.teamRepository, directory.userRepository,
                Callers.signedIn(user, permissions), Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"),
                        ZoneOffset.UTC), deleted);
    }

    @Test
    void a_team_counts_its_leader_among_its_members() {
        TeamId id = admin.create(new TeamDraft(" Key accounts ", Optional.of(lead), Set.of(rep)));
        TeamView team = admin.find(id).orElseThrow();
        assertEquals("Key accounts", team.name());
        assertEquals(Set.of(lead, rep), Set.copyOf(team.members().stream().map(UserSummary::id).toList()));
    }

    @Test
    void unknown_and_inactive_people_are_refused_field_by_field_and_nothing_is_written() {
        directory.users.get(rep).deactivate(Instant.EPOCH);
        UserId stranger = new UserId(UUID.randomUUID());
        InvalidInputException invalid = assertThrows(InvalidInputException.class,
                () -> admin.create(new TeamDraft("", Optional.of(stranger), Set.of(rep))));
        assertEquals(List.of("name", "leaderId", "memberIds"), invalid.errors().stream().map(FieldError::field)
                .toList());
        assertTrue(directory.teams.isEmpty());
    }

    @Test
    void a_name_taken_by_another_team_is_a_conflict_but_keeping_ones_own_is_not() {
        TeamId first = admin.create(new TeamDraft("North", Optional.empty(), Set.of(rep)));
        admin.create(new TeamDraft("South", Optional.empty(), Set.of()));
        ConflictException taken = assertThrows(ConflictException.class,
                () -> admin.create(new TeamDraft("South", Optional.empty(), Set.of())));
        assertEquals("team.name-taken", taken.code());
        admin.change(first, ExpectedVersion.of(0), new TeamDraft("North", Optional.of(lead), Set.of(rep)));
        assertEquals(Optional.of(lead), directory.teams.get(first).leader());
    }

    @Test
    void only_user_administrators_change_teams_and_a_deleted_team_is_announced_for_its_shares() {
        TeamId id = admin.create(new TeamDraft("East", Optional.empty(), Set.of(rep)));
        assertThrows(AccessDeniedException.class, () -> as(rep).delete(id));
        admin.delete(id);
        assertEquals(List.of(new TeamDeleted(id)), deleted.fired());
        assertThrows(NotFoundException.class, () -> admin.delete(id));
    }
}
