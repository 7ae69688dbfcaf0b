package io.tacitcrm.analytics;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A month ({@code 2026-11}) or a quarter ({@code 2026-Q4}) to forecast. */
public record ForecastPeriod(boolean quarter, LocalDate start) {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-(?:(0[1-9]|1[0-2])|Q([1-4]))");

    /** Reads {@code YYYY-MM} or {@code YYYY-Qn}; anything else is an {@link IllegalArgumentException}. */
    public static ForecastPeriod parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("a period is YYYY-MM or YYYY-Qn, e.g. 2026-11 or 2026-Q4");
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("the year must lie from 2000 to 2100");
        }
        return m.group(2) != null ? new ForecastPeriod(false, LocalDate.of(year, Integer.parseInt(m.group(2)), 1))
                : new ForecastPeriod(true, LocalDate.of(year, (Integer.parseInt(m.group(3)) - 1) * 3 + 1, 1));
    }

    public static ForecastPeriod monthOf(LocalDate day) {
        return new ForecastPeriod(false, day.withDayOfMonth(1));
    }

    /** The first day after the period. */
    public LocalDate end() {
        return start.plusMonths(quarter ? 3 : 1);
    }

    public DateRange range() {
        return new DateRange(start, end().minusDays(1));
    }

    @Override
    public String toString() {
        return quarter ? start.getYear() + "-Q" + ((start.getMonthValue() - 1) / 3 + 1)
                : String.format("%d-%02d", start.getYear(), start.getMonthValue());
    }
}
