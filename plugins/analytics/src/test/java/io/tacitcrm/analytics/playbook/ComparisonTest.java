package io.tacitcrm.analytics.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Top reps against the rest: a real difference (the top reps' first footprint comes sooner) shows with its effect,
 * interval and a small q-value; a figure that is alike for both does not; a group too small says so.
 */
class ComparisonTest {

    private static final UUID STAGE = new UUID(9, 1);
    private static final UUID TOP = new UUID(9, 2);
    private static final UUID REST = new UUID(9, 3);
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void a_sooner_first_footprint_of_the_top_reps_shows_with_its_effect_and_a_small_q_value() {
        Comparison comparison = new Comparison(Set.of(TOP));
        Random random = new Random(3);
        for (int i = 0; i < 300; i++) {
            comparison.add(trail(TOP, true, 0.5 + random.nextDouble(), random));
            comparison.add(trail(REST, true, 3 + random.nextDouble() * 3, random));
        }

        List<Comparison.Line> lines = comparison.lines();

        Comparison.Line first = line(lines, Comparison.Metric.DAYS_TO_FIRST, Comparison.Deals.WON);
        assertTrue(first.top().orElseThrow() < first.rest().orElseThrow(), first.toString());
        assertEquals(-1.0, first.effect().orElseThrow(), 0.05, "every top stay is sooner: " + first);
        assertTrue(first.effectLow().orElseThrow() <= first.effect().orElseThrow()
                && first.effect().orElseThrow() <= first.effectHigh().orElseThrow(), first.toString());
        assertTrue(first.qValue().orElseThrow() < 1e-6, first.toString());
        Comparison.Line people = line(lines, Comparison.Metric.PEOPLE, Comparison.Deals.WON);
        assertTrue(people.qValue().orElseThrow() > 0.05, "one person each: no difference " + people);
    }

    @Test
    void a_group_of_fewer_than_twenty_stays_is_reported_as_too_small_without_a_test() {
        Comparison comparison = new Comparison(Set.of(TOP));
        Random random = new Random(4);
        for (int i = 0; i < 10; i++) {
            comparison.add(trail(TOP, false, 1, random));
        }
        for (int i = 0; i < 50; i++) {
            comparison.add(trail(REST, false, 2, random));
        }

        Comparison.Line lost = line(comparison.lines(), Comparison.Metric.DAYS_TO_FIRST, Comparison.Deals.LOST);

        assertFalse(lost.enough());
        assertEquals(10, lost.topN());
        assertEquals(Optional.empty(), lost.pValue());
    }

    private static Comparison.Line line(List<Comparison.Line> lines, Comparison.Metric metric,
                                        Comparison.Deals deals) {
        return lines.stream().filter(l -> l.metric() == metric && l.deals() == deals).findFirst().orElseThrow();
    }

    /** A ten-day stay with a call after {@code firstDays} and a visit two days later, each with the same person. */
    private static DealTrail trail(UUID owner, boolean won, double firstDays, Random random) {
        Instant entered = START.plus(Duration.ofHours(random.nextInt(5_000)));
        Optional<UUID> person = Optional.of(UUID.randomUUID());
        List<DealTrail.Touch> touches = new ArrayList<>();
        touches.add(new DealTrail.Touch("CALL", entered.plus(Duration.ofMinutes((long) (firstDays * 1440))), person,
                Optional.of("USER")));
        touches.add(new DealTrail.Touch("VISIT", entered.plus(Duration.ofMinutes((long) ((firstDays + 2) * 1440))),
                person, Optional.of("USER")));
        return new DealTrail(UUID.randomUUID(), owner, won, List.of(new DealTrail.Stay(STAGE, entered,
                entered.plus(Duration.ofDays(10)), touches)));
    }
}
