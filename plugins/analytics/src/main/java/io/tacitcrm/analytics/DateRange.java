package io.tacitcrm.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Days {@code from} to {@code to}, both included, as asked for; read in the company's time zone. */
public record DateRange(LocalDate from, LocalDate to) {

    /** The longest range a figure is asked for at once. */
    public static final int MAX_DAYS = 3 * 366;

    public DateRange {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to lies before from");
        }
    }

    /** The last {@code days} days up to and including {@code today}. */
    public static DateRange last(int days, LocalDate today) {
        return new DateRange(today.minusDays(days - 1L), today);
    }

    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the range. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The day after the last one. */
    public LocalDate endExclusive() {
        return to.plusDays(1);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
