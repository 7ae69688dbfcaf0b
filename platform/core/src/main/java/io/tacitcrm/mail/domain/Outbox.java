package io.tacitcrm.mail.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The current workspace's outgoing mail. */
public interface Outbox {

    /** Queues a message, due at once. */
    UUID add(OutgoingMail mail, Instant now);

    /**
     * Takes up to {@code max} due messages for an attempt: each counts the attempt and is not due again before
     * {@code leaseUntil}, so another worker (or this one after a crash) tries it only once that has passed.
     */
    List<QueuedMail> claimDue(Instant now, Instant leaseUntil, int max);

    /** Sent: the message stays on record with its bodies cleared (they may hold a one-time link). */
    void markSent(UUID id, Instant now);

    void retryAt(UUID id, Instant next, String error);

    void giveUp(UUID id, Instant now, String error);

    /** Brings the workspace's entry in the global list of waiting outboxes up to date (or removes it). */
    void refreshDue();
}
