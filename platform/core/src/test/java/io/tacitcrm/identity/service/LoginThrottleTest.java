package io.tacitcrm.identity.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle();

    LoginThrottleTest() {
        throttle.clock = clock;
    }

    @Test
    void the_first_failures_cost_nothing_then_each_doubles_the_wait() {
        assertEquals(Duration.ZERO, LoginThrottle.delayAfter(4));
        assertEquals(Duration.ofSeconds(1), LoginThrottle.delayAfter(5));
        assertEquals(Duration.ofSeconds(8), LoginThrottle.delayAfter(8));
        assertEquals(Duration.ofMinutes(15), LoginThrottle.delayAfter(40));
    }

    @Test
    void blocks_after_repeated_failures_until_the_wait_is_over_for_that_account_only() {
        for (int i = 0; i < 6; i++) {
            throttle.recordFailure("yunfan", "li.na@yunfan.example");
        }
        assertThrows(TooManyAttemptsException.class, () -> throttle.checkAllowed("yunfan", "LI.NA@yunfan.example"));
        assertDoesNotThrow(() -> throttle.checkAllowed("yunfan", "chen.jing@yunfan.example"));
        clock.advance(Duration.ofSeconds(3));
        assertDoesNotThrow(() -> throttle.checkAllowed("yunfan", "li.na@yunfan.example"));
    }

    @Test
    void a_success_clears_the_count() {
        for (int i = 0; i < 6; i++) {
            throttle.recordFailure("yunfan", "li.na@yunfan.example");
        }
        throttle.recordSuccess("yunfan", "li.na@yunfan.example");
        assertDoesNotThrow(() -> throttle.checkAllowed("yunfan", "li.na@yunfan.example"));
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-11-27T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
