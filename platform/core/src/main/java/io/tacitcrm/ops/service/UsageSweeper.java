package io.tacitcrm.ops.service;

import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.service.TenantRunner;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code tacit.ops.usage-sweep-seconds} measures the workspaces whose usage is older than
 * {@code tacit.ops.usage-interval-minutes}, a few at a time and each in a transaction of its own.
 */
@ApplicationScoped
public class UsageSweeper {

    private static final Logger LOG = Logger.getLogger(UsageSweeper.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    UsageMeasurements measurements;
    @Inject
    TenantRunner runner;
    @Inject
    @ConfigProperty(name = "tacit.ops.usage-sweep-seconds", defaultValue = "60")
    int sweepSeconds;
    @Inject
    @ConfigProperty(name = "tacit.ops.usage-interval-minutes", defaultValue = "60")
    int intervalMinutes;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (sweepSeconds > 0) {
            scheduler.scheduleWithFixedDelay(this::sweep, sweepSeconds, sweepSeconds, TimeUnit.SECONDS);
        }
    }

    void sweep() {
        try {
            for (TenantId tenant : measurements.claim(Duration.ofMinutes(intervalMinutes))) {
                try {
                    runner.as(tenant, () -> {
                        measurements.measure(tenant);
                        return null;
                    });
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Usage of tenant " + tenant + " not measured; its next turn tries again",
                            e);
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Usage sweep failed; the next one tries again", e);
        }
    }
}
