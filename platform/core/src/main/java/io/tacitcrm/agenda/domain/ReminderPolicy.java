package io.tacitcrm.agenda.domain;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * A company's limits for reminders.
 *
 * @param stallDays  an open deal in one stage for longer than this many days counts as stuck
 * @param reportHour from this hour of a working day (the user's clock) a missing daily report is asked for
 */
public record ReminderPolicy(int stallDays, int reportHour, long version) {

    public static final ReminderPolicy DEFAULT = new ReminderPolicy(14, 18, 0);

    /** A policy as asked for, refused field by field when out of range. */
    public static ReminderPolicy of(int stallDays, int reportHour, long version) {
        List<FieldError> errors = new ArrayList<>();
        if (stallDays < 1 || stallDays > 365) {
            errors.add(new FieldError("stallDays", "range", "must be between 1 and 365"));
        }
        if (reportHour < 12 || reportHour > 23) {
            errors.add(new FieldError("reportHour", "range", "must be between 12 and 23"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ReminderPolicy(stallDays, reportHour, version);
    }
}
