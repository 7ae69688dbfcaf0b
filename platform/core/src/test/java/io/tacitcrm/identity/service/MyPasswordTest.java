package io.tacitcrm.identity.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.identity.domain.PasswordHasher;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.testing.Callers;
import io.tacitcrm.testing.MovableClock;
import io.tacitcrm.testing.RecordedEvents;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MyPasswordTest {

    private static final String OLD = "Old-secret-4711";
    private final InMemoryDirectory directory = new InMemoryDirectory();
    private final PasswordHasher hasher = new PasswordHasher(1_000);
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T08:00:00.123456789Z"));
    private final RecordedEvents<IdentityChanged> changes = new RecordedEvents<>();
    private final LoginThrottle throttle = new LoginThrottle(clock);
    private final UserId me = directory.user("Mei");
    private final MyPassword password = new MyPassword(directory.userRepository, new InMemoryTokens(),
            Callers.signedIn(me), throttle, clock, changes, hasher);

    MyPasswordTest() {
        directory.users.get(me).changePassword(hasher.hash(OLD), Instant.EPOCH);
    }

    @Test
    void the_right_current_password_and_a_good_new_one_change_it_and_end_every_earlier_session_at_that_moment() {
        Instant from = password.change(new PasswordChange(OLD, "New-secret-0815"));

        assertEquals(Instant.parse("2026-12-01T08:00:00.123456Z"), from, "as the database keeps it");
        assertTrue(hasher.verify("New-secret-0815", directory.users.get(me).passwordHash()));
        assertFalse(hasher.verify(OLD, directory.users.get(me).passwordHash()));
        assertEquals(List.of("PASSWORD_CHANGED"), changes.fired().stream().map(IdentityChanged::action).toList());
    }

    @Test
    void a_wrong_current_password_a_weak_new_one_or_the_same_again_is_refused_on_its_field_and_nothing_changes() {
        String before = directory.users.get(me).passwordHash();
        assertEquals(List.of("currentPassword:password.wrong"),
                refused(new PasswordChange("Wrong-secret-1", "New-secret-0815")));
        assertEquals(List.of("newPassword:password.too-short"), refused(new PasswordChange(OLD, "short1")));
        assertEquals(List.of("newPassword:password.unchanged"), refused(new PasswordChange(OLD, OLD)));
        assertEquals(before, directory.users.get(me).passwordHash());
        assertTrue(changes.fired().isEmpty());
    }

    @Test
    void wrong_current_passwords_are_throttled_like_failed_logins() {
        for (int i = 0; i < 10; i++) {
            try {
                password.change(new PasswordChange("Wrong-secret-" + i, "New-secret-0815"));
            } catch (InvalidInputException expected) {
                // counted
            } catch (TooManyAttemptsException throttled) {
                return;
            }
        }
        throw new AssertionError("ten wrong passwords in a row were never throttled");
    }

    private List<String> refused(PasswordChange change) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> password.change(change));
        return e.errors().stream().map(x -> x.field() + ":" + x.code()).toList();
    }
}
