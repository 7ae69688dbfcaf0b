package io.tacitcrm.mail.service;

import io.tacitcrm.mail.domain.OutgoingMail;
import io.tacitcrm.mail.domain.Outbox;
import io.tacitcrm.tenancy.service.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;

/**
 * Queues mail in the caller's transaction: it leaves only if the change it reports commits, and the request never
 * waits for a mail server.
 */
@ApplicationScoped
public class MailQueue {

    private final Outbox outbox;
    private final TenantContext tenant;
    private final Event<MailQueued> queued;
    private final Clock clock;

    @Inject
    public MailQueue(Outbox outbox, TenantContext tenant, Event<MailQueued> queued, Clock clock) {
        this.outbox = outbox;
        this.tenant = tenant;
        this.queued = queued;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected MailQueue() {
        this(null, null, null, null);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void send(OutgoingMail mail) {
        outbox.add(mail, clock.instant());
        queued.fire(new MailQueued(tenant.require()));
    }
}
