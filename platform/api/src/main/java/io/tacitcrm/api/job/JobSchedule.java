package io.tacitcrm.api.job;

import io.tacitcrm.api.Beta;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When a {@link ScheduledJob} runs: every so often (counted from 1970-01-01T00:00Z, so all servers agree), or daily
 * at a time of day in a time zone. The host looks for due jobs every few seconds (its tick), so a job runs at most that
 * much after its time.
 *
 * @param interval the period of an {@link #every} schedule; zero for a daily one
 * @param time     the time of day of a {@link #dailyAt} schedule
 * @param zone     the zone that time of day is in
 */
@Beta
public record JobSchedule(Duration interval, LocalTime time, ZoneId zone) {

    public JobSchedule {
        Objects.requireNonNull(interval);
        Objects.requireNonNull(time);
        Objects.requireNonNull(zone);
        if (interval.isNegative() || (!interval.isZero() && interval.compareTo(Duration.ofSeconds(1)) < 0)) {
            throw new IllegalArgumentException("a job runs at most once a second: " + interval);
        }
    }

    /** Every {@code interval} (at least a second). */
    public static JobSchedule every(Duration interval) {
        if (interval.isZero()) {
            throw new IllegalArgumentException("a job needs an interval");
        }
        return new JobSchedule(interval, LocalTime.MIDNIGHT, ZoneId.of("UTC"));
    }

    /** Daily at {@code time} in {@code zone} (e.g. 02:00 in Asia/Shanghai, a quiet hour for a Chinese company). */
    public static JobSchedule dailyAt(LocalTime time, ZoneId zone) {
        return new JobSchedule(Duration.ZERO, time, zone);
    }

    /**
     * The scheduled time most recently passed at {@code now} (the run that is due); every server computes the same one.
     */
    public Instant latestAt(Instant now) {
        if (!interval.isZero()) {
            long period = interval.toMillis();
            return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), period) * period);
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        ZonedDateTime at = today.atTime(time).atZone(zone);
        return (at.toInstant().isAfter(now) ? at.minusDays(1) : at).toInstant();
    }
}
