package io.tacitcrm.example.cadence;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * When a customer is overdue for a visit: no counted footprint for more than {@code overdueDays} days (or none at
 * all). Which footprints count is the company's choice: face-to-face ones (visits and meetings) or any done footprint.
 */
public record CadenceRule(int overdueDays, boolean anyFootprint) {

    /** The footprint types that count as a visit when only face-to-face contact counts. */
    static final Set<String> FACE_TO_FACE = Set.of("VISIT", "MEETING", "DEMO");

    public CadenceRule {
        if (overdueDays < 1) {
            throw new IllegalArgumentException("overdueDays must be at least 1");
        }
    }

    /** Whether a footprint of this type and status is a visit. */
    public boolean counts(String type, String status) {
        return done(status) && (anyFootprint || faceToFace(type));
    }

    static boolean done(String status) {
        return "DONE".equals(status);
    }

    static boolean faceToFace(String type) {
        return FACE_TO_FACE.contains(type);
    }

    /** Whether a customer last visited then (or never) is overdue at {@code now}. */
    public boolean overdue(Optional<Instant> lastVisit, Instant now) {
        return lastVisit.map(at -> at.isBefore(cutoff(now))).orElse(true);
    }

    /** Visits before this instant are too old. */
    public Instant cutoff(Instant now) {
        return now.minus(Duration.ofDays(overdueDays));
    }

    /** Whole days since the last visit; empty when there was none. */
    public static Optional<Long> daysSince(Optional<Instant> lastVisit, Instant now) {
        return lastVisit.map(at -> Math.max(0, Duration.between(at, now).toDays()));
    }
}
