package io.tacitcrm.mail.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void a_failed_attempt_is_tried_again_after_pauses_that_double_until_the_last_attempt_gives_up() {
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(1))), RetryPolicy.nextAttempt(1, false, NOW));
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(2))), RetryPolicy.nextAttempt(2, false, NOW));
        assertEquals(Optional.of(NOW.plus(Duration.ofMinutes(128))),
                RetryPolicy.nextAttempt(RetryPolicy.ATTEMPTS - 1, false, NOW));
        assertTrue(RetryPolicy.nextAttempt(RetryPolicy.ATTEMPTS, false, NOW).isEmpty());
    }

    @Test
    void a_permanent_refusal_is_given_up_at_once() {
        assertTrue(RetryPolicy.nextAttempt(1, true, NOW).isEmpty());
    }
}
