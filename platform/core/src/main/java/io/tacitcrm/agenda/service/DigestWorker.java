package io.tacitcrm.agenda.service;

import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.service.TenantRunner;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code tacit.reminders.digest-sweep-seconds} visits the workspaces whose next morning digest is due (the
 * global list keeps the others out of it), each in its own transaction.
 */
@ApplicationScoped
public class DigestWorker {

    private static final Logger LOG = Logger.getLogger(DigestWorker.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Digests digests;
    private final TenantRunner runner;

    @Inject
    public DigestWorker(Digests digests, TenantRunner runner) {
        this.digests = digests;
        this.runner = runner;
    }

    /** For CDI's proxy only. */
    protected DigestWorker() {
        this(null, null);
    }

    @Inject
    @ConfigProperty(name = "tacit.reminders.digest-sweep-seconds", defaultValue = "300")
    int sweepSeconds;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (sweepSeconds > 0) {
            scheduler.scheduleWithFixedDelay(this::sweep, sweepSeconds, sweepSeconds, TimeUnit.SECONDS);
        }
    }

    void sweep() {
        try {
            for (TenantId tenant : digests.dueWorkspaces()) {
                try {
                    runner.as(tenant, digests::sendDue);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Digests failed for tenant " + tenant + "; the next sweep tries again", e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Digest sweep failed; the next one tries again", e);
        }
    }
}
