package io.tacitcrm.agenda.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * One user's day as reminders see it, in the user's time zone: when it began and ends, how far back an overdue
 * follow-up is still worth a reminder, since when a deal counts as stuck, whether the report's evening has come, and
 * when the morning digest is due.
 */
public record ReminderDay(ZoneId zone, Instant now, LocalDate today, Instant start, Instant end) {

    /** Follow-ups overdue for longer than this are left to My day rather than reminded of again. */
    public static final int OVERDUE_DAYS = 7;
    /** The morning digest goes out from this time of the user's day. */
    public static final LocalTime DIGEST_TIME = LocalTime.of(7, 0);

    public static ReminderDay of(ZoneId zone, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        return new ReminderDay(zone, now, today, today.atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Planned footprints from this moment on, up to {@link #end()}, are due. */
    public Instant followUpsFrom() {
        return today.minusDays(OVERDUE_DAYS).atStartOfDay(zone).toInstant();
    }

    /** A deal that entered its stage before this moment is stuck. */
    public Instant stalledBefore(ReminderPolicy policy) {
        return now.minus(Duration.ofDays(policy.stallDays()));
    }

    /** The evening of a working day (Monday to Friday) from which a missing report is asked for, once it has come. */
    public Optional<Instant> reportEvening(ReminderPolicy policy) {
        DayOfWeek day = today.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY) {
            return Optional.empty();
        }
        Instant evening = ZonedDateTime.of(today, LocalTime.of(policy.reportHour(), 0), zone).toInstant();
        return now.isBefore(evening) ? Optional.empty() : Optional.of(evening);
    }

    /** Whether this morning's digest is due, given the day the last one went out. */
    public boolean digestDue(Optional<LocalDate> lastSentOn) {
        return !now.isBefore(digestTime(today)) && lastSentOn.map(today::isAfter).orElse(true);
    }

    /** When the next digest falls due, given the day the last one went out. */
    public Instant nextDigest(Optional<LocalDate> lastSentOn) {
        if (digestDue(lastSentOn)) {
            return now;
        }
        Instant morning = digestTime(today);
        return now.isBefore(morning) && lastSentOn.map(today::isAfter).orElse(true) ? morning
                : digestTime(today.plusDays(1));
    }

    private Instant digestTime(LocalDate day) {
        return ZonedDateTime.of(day, DIGEST_TIME, zone).toInstant();
    }
}
