package io.tacitcrm.ops.service;

import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.ops.domain.ApiUsageTable;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts each workspace's API requests and errors (answers of 400 and above) per hour in memory, and adds them to
 * the GLOBAL hourly table every {@code tacit.ops.api-usage-flush-seconds}: a request costs two atomic increments, and
 * each server adds its own counts, so the figures hold across servers.
 */
@ApplicationScoped
public class ApiUsage {

    private static final Logger LOG = Logger.getLogger(ApiUsage.class.getName());

    private record Key(UUID tenant, Instant hour) {
    }

    private record Counts(LongAdder requests, LongAdder errors) {
    }

    private final Map<Key, Counts> counts = new ConcurrentHashMap<>();

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    ApiUsageTable table;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "tacit.ops.api-usage-flush-seconds", defaultValue = "10")
    int flushSeconds;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (flushSeconds > 0) {
            scheduler.scheduleWithFixedDelay(this::flushQuietly, flushSeconds, flushSeconds, TimeUnit.SECONDS);
        }
    }

    /** Counts one answered request of a workspace. */
    public void count(TenantId tenant, int status) {
        Counts c = counts.computeIfAbsent(new Key(tenant.value(), clock.instant().truncatedTo(ChronoUnit.HOURS)),
                k -> new Counts(new LongAdder(), new LongAdder()));
        c.requests().increment();
        if (status >= 400) {
            c.errors().increment();
        }
    }

    /** Adds what was counted since the last flush to the hourly table. */
    public void flush() {
        List<UUID> tenants = new ArrayList<>();
        List<Instant> hours = new ArrayList<>();
        List<Long> requests = new ArrayList<>();
        List<Long> errors = new ArrayList<>();
        for (Key key : List.copyOf(counts.keySet())) {
            Counts c = counts.remove(key);
            if (c != null) {
                tenants.add(key.tenant());
                hours.add(key.hour());
                requests.add(c.requests().sum());
                errors.add(c.errors().sum());
            }
        }
        if (tenants.isEmpty()) {
            return;
        }
        table.add(new ApiUsageTable.Counts(tenants, hours, requests, errors));
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "API usage not written; the counts of this interval are lost", e);
        }
    }
}
