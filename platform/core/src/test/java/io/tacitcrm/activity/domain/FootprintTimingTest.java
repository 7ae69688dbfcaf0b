package io.tacitcrm.activity.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.sales.domain.ActivityType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FootprintTimingTest {

    /** 08:30 in Shanghai on 1 December. */
    private static final Instant NOW = Instant.parse("2026-12-01T00:30:00Z");
    private static final Optional<ZoneId> SHANGHAI = Optional.of(ZoneId.of("Asia/Shanghai"));

    private static ActivityDetails footprint(ActivityStatus status, Instant at) {
        return new ActivityDetails(ActivityType.VISIT, status, "Visit", Optional.empty(), Optional.empty(), at,
                Optional.empty());
    }

    private static List<String> codes(Optional<ActivityDetails> before, ActivityDetails after,
            Optional<ZoneId> zone) {
        return FootprintTiming.problems(before, after, NOW, zone).stream().map(FieldError::code).toList();
    }

    @Test
    void a_done_footprint_may_not_lie_in_the_future_beyond_a_few_minutes_of_clock_difference() {
        assertTrue(codes(Optional.empty(), footprint(ActivityStatus.DONE, NOW.plus(Duration.ofMinutes(4))), SHANGHAI)
                .isEmpty());
        assertEquals(List.of("activity.done-in-future"),
                codes(Optional.empty(), footprint(ActivityStatus.DONE, Instant.parse("2031-01-01T00:00:00Z")),
                        SHANGHAI));
    }

    @Test
    void a_planned_footprint_may_lie_earlier_today_in_the_users_zone_but_not_before() {
        Instant sevenInShanghai = Instant.parse("2026-11-30T23:00:00Z");
        assertTrue(codes(Optional.empty(), footprint(ActivityStatus.PLANNED, sevenInShanghai), SHANGHAI).isEmpty(),
                "07:00 today in Shanghai, though still yesterday in UTC");
        assertEquals(List.of("activity.planned-in-past"), codes(Optional.empty(),
                footprint(ActivityStatus.PLANNED, Instant.parse("2026-11-30T15:59:00Z")), SHANGHAI));
        assertEquals(List.of("activity.planned-in-past"), codes(Optional.empty(),
                footprint(ActivityStatus.PLANNED, NOW.minus(Duration.ofHours(25))), Optional.empty()),
                "without a zone, any zone's today: the last 24 hours");
    }

    @Test
    void an_overdue_follow_up_can_still_be_edited_as_long_as_its_time_and_status_stay() {
        ActivityDetails overdue = footprint(ActivityStatus.PLANNED, NOW.minus(Duration.ofDays(3)));
        assertTrue(codes(Optional.of(overdue), overdue, SHANGHAI).isEmpty());
        assertEquals(List.of("activity.planned-in-past"), codes(Optional.of(overdue),
                footprint(ActivityStatus.PLANNED, NOW.minus(Duration.ofDays(2))), SHANGHAI));
        assertTrue(codes(Optional.of(overdue), footprint(ActivityStatus.DONE, NOW.minus(Duration.ofDays(3))),
                SHANGHAI).isEmpty(), "marked done when it happened");
    }
}
