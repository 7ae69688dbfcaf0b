package io.tacitcrm.agenda.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One reminder for one user.
 *
 * @param title  what it names: the footprint's subject, the deal's name, the customer's name, or the number of
 *               customers transferred
 * @param detail its context: the customer (follow-up), the stage (deal), who handed over (handover, transfer)
 * @param dueAt  when it fell due: a follow-up's planned time, a deal's entry into its stage, the report's evening, the
 *               moment of a handover
 */
public record Notification(UUID id, NotificationKind kind, UUID subjectId, LocalDate occasion, Instant dueAt,
        Optional<UUID> accountId, String title, String detail, Instant createdAt, Optional<Instant> readAt) {

    public Notification {
        Objects.requireNonNull(id);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(subjectId);
        Objects.requireNonNull(occasion);
        Objects.requireNonNull(dueAt);
        Objects.requireNonNull(accountId);
        Objects.requireNonNull(title);
        Objects.requireNonNull(detail);
        Objects.requireNonNull(readAt);
    }

    public boolean unread() {
        return readAt.isEmpty();
    }
}
