package io.tacitcrm.ops.service;

import io.tacitcrm.ops.domain.TenantLabels;
import io.tacitcrm.tenancy.domain.TenantId;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Every answered request in the server's metrics ({@code /metrics}, Prometheus text): counted and timed per endpoint
 * group and per workspace, by outcome. Workspaces appear by id only, never by name, and at most
 * {@code tacit.metrics.tenant-labels} of them (the rest as {@code other}), so a service with thousands of workspaces
 * cannot flood the monitoring system. The series are looked up once and kept: a request costs two map reads.
 */
@ApplicationScoped
public class RequestMetrics {

    /** What the answer's status says, as a label of few values. */
    public enum Outcome {
        SUCCESS, CLIENT_ERROR, SERVER_ERROR;

        public static Outcome of(int status) {
            return status >= 500 ? SERVER_ERROR : status >= 400 ? CLIENT_ERROR : SUCCESS;
        }

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final Metadata REQUESTS = Metadata.builder().withName("tacit.requests")
            .withDescription("Answered requests by endpoint group and outcome").build();
    private static final Metadata REQUEST_TIME = Metadata.builder().withName("tacit.request.time")
            .withDescription("Time to answer a request, by endpoint group").withUnit(MetricUnits.SECONDS).build();
    private static final Metadata TENANT_REQUESTS = Metadata.builder().withName("tacit.tenant.requests")
            .withDescription("Answered requests by workspace id and outcome").build();
    private static final Metadata TENANT_REQUEST_TIME = Metadata.builder().withName("tacit.tenant.request.time")
            .withDescription("Time to answer a request, by workspace id").withUnit(MetricUnits.SECONDS).build();
    private static final Metadata TENANT_LABELS = Metadata.builder().withName("tacit.tenant.labels")
            .withDescription("Workspaces with a label of their own; the others count as tenant=\"other\"").build();

    private record Series(String first, Outcome outcome) {
    }

    private final Map<Series, Counter> groupCounters = new ConcurrentHashMap<>();
    private final Map<String, Timer> groupTimers = new ConcurrentHashMap<>();
    private final Map<Series, Counter> tenantCounters = new ConcurrentHashMap<>();
    private final Map<String, Timer> tenantTimers = new ConcurrentHashMap<>();
    private TenantLabels labels;

    @Inject
    MetricRegistry registry;
    @Inject
    @ConfigProperty(name = "tacit.metrics.tenant-labels", defaultValue = "200")
    int tenantLabelCap;

    @PostConstruct
    void start() {
        labels = new TenantLabels(tenantLabelCap);
        registry.gauge(TENANT_LABELS, labels, TenantLabels::size);
    }

    /** One answered request: its endpoint group, its workspace if one was known, its status and how long it took. */
    public void record(String group, Optional<TenantId> tenant, int status, Duration took) {
        Outcome outcome = Outcome.of(status);
        String tenantLabel = labels.of(tenant);
        groupCounters.computeIfAbsent(new Series(group, outcome), s -> registry.counter(REQUESTS,
                new Tag("group", group), new Tag("outcome", outcome.label()))).inc();
        groupTimers.computeIfAbsent(group, g -> registry.timer(REQUEST_TIME, new Tag("group", g))).update(took);
        tenantCounters.computeIfAbsent(new Series(tenantLabel, outcome), s -> registry.counter(TENANT_REQUESTS,
                new Tag("tenant", tenantLabel), new Tag("outcome", outcome.label()))).inc();
        tenantTimers.computeIfAbsent(tenantLabel, t -> registry.timer(TENANT_REQUEST_TIME, new Tag("tenant", t)))
                .update(took);
    }
}
