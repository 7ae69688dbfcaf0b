package io.tacitcrm.customer.infrastructure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CommonGramsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T04:00:00Z"));
    private final CommonGrams grams = new CommonGrams(clock);
    private final UUID tenant = UUID.randomUUID();

    @Test
    void a_gram_is_common_only_in_the_workspace_it_was_seen_in_and_only_for_a_while() {
        grams.remember(tenant, "上海");
        assertTrue(grams.isCommon(tenant, "上海"));
        assertFalse(grams.isCommon(UUID.randomUUID(), "上海"), "another workspace");
        assertFalse(grams.isCommon(tenant, "科技"), "another gram");

        clock.advance(CommonGrams.REMEMBERED);
        assertTrue(grams.isCommon(tenant, "上海"), "still within its time");
        clock.advance(Duration.ofSeconds(1));
        assertFalse(grams.isCommon(tenant, "上海"), "forgotten, looked up again");
    }

    @Test
    void past_its_size_the_map_starts_over() {
        for (int i = 0; i < CommonGrams.MAX_ENTRIES; i++) {
            grams.remember(tenant, "g" + i);
        }
        assertTrue(grams.isCommon(tenant, "g0"));
        grams.remember(tenant, "one more");
        assertFalse(grams.isCommon(tenant, "g0"));
        assertTrue(grams.isCommon(tenant, "one more"));
    }
}
