package io.tacitcrm.transfer.service;

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
 * Returns untended customers to each tenant's pool every few hours ({@code tacit.pool.sweep-hours}, 6 by default), one
 * tenant at a time in its own transaction; a tenant that fails is logged and the others go on.
 */
@ApplicationScoped
public class PoolSweeper {

    private static final Logger LOG = Logger.getLogger(PoolSweeper.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    private final TenantRunner runner;
    private final PublicPool pool;

    @Inject
    public PoolSweeper(TenantRunner runner, PublicPool pool) {
        this.runner = runner;
        this.pool = pool;
    }

    /** For CDI's proxy only. */
    protected PoolSweeper() {
        this(null, null);
    }

    @Inject
    @ConfigProperty(name = "tacit.pool.sweep-hours", defaultValue = "6")
    int hours;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (hours > 0) {
            scheduler.scheduleAtFixedRate(this::sweepAll, hours * 60L, hours * 60L, TimeUnit.MINUTES);
        }
    }

    void sweepAll() {
        int returned = 0;
        for (TenantId tenant : runner.activeTenants()) {
            try {
                returned += runner.as(tenant, pool::sweep);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Pool sweep failed for tenant " + tenant, e);
            }
        }
        if (returned > 0) {
            LOG.info("Pool sweep returned " + returned + " customers to their tenants' pools");
        }
    }
}
