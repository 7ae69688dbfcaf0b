package io.tacitcrm.mail.service;

import io.tacitcrm.mail.domain.MailFailure;
import io.tacitcrm.mail.domain.MailTransport;
import io.tacitcrm.mail.domain.QueuedMail;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.service.TenantRunner;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends what the outboxes hold: a workspace's right after a transaction that queued mail commits, and every
 * {@code tacit.mail.sweep-seconds} those whose retries have come due (or whose first try was lost with a node).
 * Without a configured mail server nothing is taken from the outboxes; the mail goes once one is configured.
 */
@ApplicationScoped
public class MailWorker {

    private static final Logger LOG = Logger.getLogger(MailWorker.class.getName());

    @Resource
    ManagedExecutorService executor;
    @Resource
    ManagedScheduledExecutorService scheduler;

    private final OutboxWork work;
    private final MailTransport transport;
    private final TenantRunner runner;

    @Inject
    public MailWorker(OutboxWork work, MailTransport transport, TenantRunner runner) {
        this.work = work;
        this.transport = transport;
        this.runner = runner;
    }

    /** For CDI's proxy only. */
    protected MailWorker() {
        this(null, null, null);
    }

    @Inject
    @ConfigProperty(name = "tacit.mail.sweep-seconds", defaultValue = "30")
    int sweepSeconds;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!transport.configured()) {
            LOG.warning("No mail server configured (SMTP_HOST): invitations and password links wait in the outbox");
            return;
        }
        scheduler.scheduleWithFixedDelay(this::sweep, sweepSeconds, sweepSeconds, TimeUnit.SECONDS);
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        if (!transport.configured()) {
            return;
        }
        try {
            executor.execute(() -> deliver(queued.tenant()));
        } catch (RejectedExecutionException busy) {
            LOG.fine("Mail worker busy; the sweep sends it"); // the message is due; the next sweep takes it
        }
    }

    void sweep() {
        try {
            for (TenantId tenant : work.dueOutboxes()) {
                deliver(tenant);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail sweep failed; the next one tries again", e);
        }
    }

    /** One workspace's due mail, a batch at a time, until none is due. */
    void deliver(TenantId tenant) {
        try {
            runner.as(tenant, () -> {
                List<QueuedMail> batch = work.claim();
                while (!batch.isEmpty()) {
                    batch.forEach(this::attempt);
                    batch = work.claim();
                }
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Mail delivery failed for tenant " + tenant + "; it is tried again", e);
        }
    }

    private void attempt(QueuedMail queued) {
        try {
            transport.send(queued.mail());
            work.sent(queued.id());
        } catch (MailFailure e) {
            boolean again = work.failed(queued, e.getMessage(), e.permanent());
            LOG.log(again ? Level.INFO : Level.WARNING, () -> "Mail " + queued.id() + " (" + queued.mail().kind()
                    + ", attempt " + queued.attempt() + ") was not sent: " + e.getMessage()
                    + (again ? "; it is tried again" : "; given up"));
        }
    }
}
