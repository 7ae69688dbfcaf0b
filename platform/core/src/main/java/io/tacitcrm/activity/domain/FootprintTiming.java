package io.tacitcrm.activity.domain;

import io.tacitcrm.common.domain.FieldError;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * When a footprint may lie: one done cannot lie in the future (a few minutes' grace for clocks), one planned not
 * before today in the user's time zone. Without a zone, "today" is taken as broadly as any zone's (the last 24 hours),
 * so that no real today is ever refused. Only a new footprint, or one whose time or status changes, is checked: an
 * overdue follow-up can still be edited.
 */
public final class FootprintTiming {

    static final Duration CLOCK_GRACE = Duration.ofMinutes(5);

    private FootprintTiming() {
    }

    /** The broken rule, if any, for {@code after} (which replaces {@code before}, if it existed). */
    public static List<FieldError> problems(Optional<ActivityDetails> before, ActivityDetails after, Instant now,
            Optional<ZoneId> zone) {
        boolean timingChanged = before.map(b -> !b.occurredAt().equals(after.occurredAt())
                || b.status() != after.status()).orElse(true);
        if (!timingChanged) {
            return List.of();
        }
        if (after.status() == ActivityStatus.DONE && after.occurredAt().isAfter(now.plus(CLOCK_GRACE))) {
            return List.of(new FieldError("occurredAt", "activity.done-in-future",
                    "a done footprint cannot lie in the future; plan it instead"));
        }
        Instant today = zone.map(z -> LocalDate.ofInstant(now, z).atStartOfDay(z).toInstant())
                .orElse(now.minus(Duration.ofDays(1)));
        if (after.status() == ActivityStatus.PLANNED && after.occurredAt().isBefore(today)) {
            return List.of(new FieldError("occurredAt", "activity.planned-in-past",
                    "a planned footprint cannot lie before today; log it as done instead"));
        }
        return List.of();
    }
}
