package io.tacitcrm.sales.domain;

import io.tacitcrm.common.domain.InvalidInputException;
import java.time.LocalDate;

/** A calendar month or quarter, named by its first day. */
public record TargetPeriod(Kind kind, LocalDate start) {

    public enum Kind {
        MONTH, QUARTER
    }

    public TargetPeriod {
        boolean aligned = start.getDayOfMonth() == 1 && (kind == Kind.MONTH || (start.getMonthValue() - 1) % 3 == 0);
        if (!aligned) {
            throw InvalidInputException.of("periodStart", "period.unaligned",
                    kind == Kind.MONTH ? "must be the first day of a month"
                            : "must be the first day of a quarter (Jan, Apr, Jul, Oct)");
        }
    }

    /** The period containing {@code day}. */
    public static TargetPeriod containing(Kind kind, LocalDate day) {
        LocalDate first = day.withDayOfMonth(1);
        return new TargetPeriod(kind, kind == Kind.MONTH ? first : first.withMonth((day.getMonthValue() - 1) / 3 * 3
                + 1));
    }

    /** The first day after the period. */
    public LocalDate end() {
        return start.plusMonths(kind == Kind.MONTH ? 1 : 3);
    }
}
