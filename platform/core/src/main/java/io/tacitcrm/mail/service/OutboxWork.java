package io.tacitcrm.mail.service;

import io.tacitcrm.mail.domain.DueOutboxes;
import io.tacitcrm.mail.domain.Outbox;
import io.tacitcrm.mail.domain.QueuedMail;
import io.tacitcrm.mail.domain.RetryPolicy;
import io.tacitcrm.tenancy.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The outbox's short transactions around an attempt; the attempt itself runs outside any. */
@ApplicationScoped
@Transactional
public class OutboxWork {

    /** Longer than an SMTP conversation may take (its time-outs), so a message is never tried twice at once. */
    static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 20;

    private final Outbox outbox;
    private final DueOutboxes due;
    private final Clock clock;

    @Inject
    public OutboxWork(Outbox outbox, DueOutboxes due, Clock clock) {
        this.outbox = outbox;
        this.due = due;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected OutboxWork() {
        this(null, null, null);
    }

    /** The workspaces with mail due now, across all of them. */
    public List<TenantId> dueOutboxes() {
        return due.dueBy(clock.instant());
    }

    public List<QueuedMail> claim() {
        Instant now = clock.instant();
        List<QueuedMail> claimed = outbox.claimDue(now, now.plus(LEASE), BATCH);
        outbox.refreshDue();
        return claimed;
    }

    public void sent(UUID id) {
        outbox.markSent(id, clock.instant());
        outbox.refreshDue();
    }

    /** @return whether the message will be tried again */
    public boolean failed(QueuedMail mail, String error, boolean permanent) {
        Instant now = clock.instant();
        String reason = error.length() > 500 ? error.substring(0, 500) : error;
        boolean again = RetryPolicy.nextAttempt(mail.attempt(), permanent, now)
                .map(next -> {
                    outbox.retryAt(mail.id(), next, reason);
                    return true;
                })
                .orElseGet(() -> {
                    outbox.giveUp(mail.id(), now, reason);
                    return false;
                });
        outbox.refreshDue();
        return again;
    }
}
