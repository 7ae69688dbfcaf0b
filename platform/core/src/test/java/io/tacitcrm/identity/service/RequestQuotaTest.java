package io.tacitcrm.identity.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestQuotaTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final RequestQuota quota = new RequestQuota(clock);

    @Test
    void requests_beyond_the_limit_wait_for_the_window_to_end_and_each_key_counts_alone() {
        for (int i = 0; i < 3; i++) {
            assertTrue(quota.take("a", 3, HOUR).isEmpty());
        }
        clock.advance(Duration.ofMinutes(20));
        assertEquals(Optional.of(Duration.ofMinutes(40)), quota.take("a", 3, HOUR));
        assertTrue(quota.take("b", 3, HOUR).isEmpty(), "another key is not slowed");
        clock.advance(Duration.ofMinutes(40));
        assertTrue(quota.take("a", 3, HOUR).isEmpty(), "a new window");
    }
}
