package io.tacitcrm.agenda.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A footprint as a calendar shows it: the user's own, planned or done, with its customer. */
public record CalendarEntry(UUID id, String type, boolean done, String subject, Instant start, int minutes,
        UUID accountId, String customer, Optional<String> outcome, Instant updatedAt) {
}
