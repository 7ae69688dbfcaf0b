package io.tacitcrm.agenda.domain;

import io.tacitcrm.identity.domain.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A reminder raised by an event rather than by the passing of time (a handover, a transfer). */
public record NewNotification(UserId user, NotificationKind kind, UUID subjectId, LocalDate occasion, Instant at,
        Optional<UUID> accountId, String title, String detail) {
}
