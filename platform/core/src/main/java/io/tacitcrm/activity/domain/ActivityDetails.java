package io.tacitcrm.activity.domain;

import static io.tacitcrm.common.domain.TextRules.tidy;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.StoredFacts;
import io.tacitcrm.common.domain.TextRules;
import io.tacitcrm.sales.domain.ActivityType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a rep records about one footprint, checked as a whole; where it was logged, if known. */
public record ActivityDetails(ActivityType type, ActivityStatus status, String subject, Optional<String> notes,
                              Optional<String> outcome, Instant occurredAt, Optional<Integer> durationMinutes,
                              Optional<GeoPoint> location) {

    public static final int NOTES_MAX = 10_000;
    public static final int OUTCOME_MAX = 500;

    /** Details without a position (none was given, or it is kept as it was). */
    public ActivityDetails(ActivityType type, ActivityStatus status, String subject, Optional<String> notes,
                           Optional<String> outcome, Instant occurredAt, Optional<Integer> durationMinutes) {
        this(type, status, subject, notes, outcome, occurredAt, durationMinutes, Optional.empty());
    }

    public ActivityDetails {
        status = status == null ? ActivityStatus.DONE : status;
        subject = subject == null ? "" : subject.strip();
        notes = tidy(notes);
        outcome = tidy(outcome);
        durationMinutes = durationMinutes == null ? Optional.empty() : durationMinutes;
        location = location == null ? Optional.empty() : location;
        if (StoredFacts.areInput()) {
            TextRules.throwIfAny(problems(type, subject, notes, outcome, occurredAt, durationMinutes));
        }
    }

    private static List<FieldError> problems(ActivityType type, String subject, Optional<String> notes,
                                             Optional<String> outcome, Instant occurredAt,
                                             Optional<Integer> durationMinutes) {
        List<FieldError> errors = new ArrayList<>();
        if (type == null) {
            errors.add(new FieldError("type", "required",
                    "must be one of CALL, VISIT, MEETING, EMAIL, DEMO, QUOTE, NOTE, TASK"));
        }
        TextRules.required(errors, "subject", subject, 200);
        TextRules.multiline(errors, "notes", notes, NOTES_MAX);
        TextRules.optional(errors, "outcome", outcome, OUTCOME_MAX);
        if (occurredAt == null) {
            errors.add(new FieldError("occurredAt", "required",
                    "must be a date and time, e.g. 2026-11-27T09:30:00+08:00"));
        }
        durationMinutes.filter(d -> d < 0 || d > 1440).ifPresent(d ->
                errors.add(new FieldError("durationMinutes", "range", "must be between 0 and 1440")));
        return errors;
    }
}
