package io.tacitcrm.identity.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tacitcrm.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);
    private static final String HOME = "203.0.113.7";
    private static final String ATTACKER = "198.51.100.66";

    @Test
    void the_first_failures_cost_nothing_then_each_doubles_the_wait() {
        assertEquals(Duration.ZERO, LoginThrottle.delayAfter(4));
        assertEquals(Duration.ofSeconds(1), LoginThrottle.delayAfter(5));
        assertEquals(Duration.ofSeconds(8), LoginThrottle.delayAfter(8));
        assertEquals(Duration.ofMinutes(15), LoginThrottle.delayAfter(40));
    }

    @Test
    void blocks_after_repeated_failures_until_the_wait_is_over_for_that_account_and_address_only() {
        for (int i = 0; i < 6; i++) {
            throttle.recordFailure("yunfan", "li.na@yunfan.example", ATTACKER);
        }
        assertThrows(TooManyAttemptsException.class,
                () -> throttle.checkAllowed("yunfan", "LI.NA@yunfan.example", ATTACKER));
        assertDoesNotThrow(() -> throttle.checkAllowed("yunfan", "chen.jing@yunfan.example", ATTACKER));
        clock.advance(Duration.ofSeconds(3));
        assertDoesNotThrow(() -> throttle.checkAllowed("yunfan", "li.na@yunfan.example", ATTACKER));
    }

    @Test
    void someone_guessing_at_an_account_does_not_keep_its_owner_out_from_elsewhere() {
        for (int i = 0; i < 30; i++) {
            throttle.recordFailure("yunfan", "li.na@yunfan.example", ATTACKER);
        }
        assertThrows(TooManyAttemptsException.class,
                () -> throttle.checkAllowed("yunfan", "li.na@yunfan.example", ATTACKER));
        assertDoesNotThrow(() -> throttle.checkAllowed("yunfan", "li.na@yunfan.example", HOME));
    }

    @Test
    void one_address_failing_across_many_accounts_is_stopped_for_the_window() {
        for (int i = 0; i < LoginThrottle.ADDRESS_FAILURES; i++) {
            throttle.recordFailure("yunfan", "user" + i + "@yunfan.example", ATTACKER);
        }
        assertThrows(TooManyAttemptsException.class,
                () -> throttle.checkAllowed("yunfan", "fresh@yunfan.example", ATTACKER));
        assertDoesNotThrow(() -> throttle.checkAllowed("yunfan", "fresh@yunfan.example", HOME));
        clock.advance(LoginThrottle.ADDRESS_WINDOW);
        assertDoesNotThrow(() -> throttle.checkAllowed("yunfan", "fresh@yunfan.example", ATTACKER));
    }

    @Test
    void a_success_clears_the_count() {
        for (int i = 0; i < 6; i++) {
            throttle.recordFailure("yunfan", "li.na@yunfan.example", HOME);
        }
        throttle.recordSuccess("yunfan", "li.na@yunfan.example", HOME);
        assertDoesNotThrow(() -> throttle.checkAllowed("yunfan", "li.na@yunfan.example", HOME));
    }
}
