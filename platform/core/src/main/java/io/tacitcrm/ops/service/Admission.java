package io.tacitcrm.ops.service;

import io.tacitcrm.ops.service.AdmissionLimit.Turn;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * The server's admission of API requests ({@link AdmissionLimit}), sized by configuration: {@code
 * tacit.admission.concurrent} requests in progress (0: eight per core, where this machine's throughput levels off),
 * {@code tacit.admission.backlog} waiting at most {@code tacit.admission.wait}. In the metrics: requests in progress,
 * the limit, and the requests refused.
 */
@ApplicationScoped
public class Admission {

    private static final Logger LOG = Logger.getLogger(Admission.class.getName());
    private static final int PER_CORE = 8;

    @Inject
    @ConfigProperty(name = "tacit.admission.concurrent", defaultValue = "0")
    int concurrent;
    @Inject
    @ConfigProperty(name = "tacit.admission.backlog", defaultValue = "64")
    int backlog;
    @Inject
    @ConfigProperty(name = "tacit.admission.wait", defaultValue = "PT5S")
    Duration wait;
    @Inject
    MetricRegistry registry;

    private AdmissionLimit limit;
    private Counter refused;

    @PostConstruct
    void start() {
        int running = concurrent > 0 ? concurrent : PER_CORE * Runtime.getRuntime().availableProcessors();
        limit = new AdmissionLimit(running, backlog, wait);
        registry.gauge(Metadata.builder().withName("tacit.admission.in.progress").withDescription(
                "API requests being worked on").build(), limit, AdmissionLimit::inProgress);
        registry.gauge(Metadata.builder().withName("tacit.admission.limit").withDescription(
                "API requests the server works on at once; more wait or are refused (503)").build(), limit,
                AdmissionLimit::concurrent);
        refused = registry.counter(Metadata.builder().withName("tacit.admission.refused").withDescription(
                "API requests refused with 503: the server was at capacity").build());
        LOG.info(() -> "API admission: " + running + " requests at once, " + backlog + " waiting at most " + wait);
    }

    /** A turn to work on one request; empty when the server is at capacity (answer 503 with {@link #retryAfter}). */
    public Optional<Turn> enter() {
        Optional<Turn> turn = limit.enter();
        if (turn.isEmpty()) {
            refused.inc();
        }
        return turn;
    }

    /** Seconds a refused client should wait: the backlog's own wait, at least one second. */
    public long retryAfter() {
        return Math.max(1, limit.waitLimit().toSeconds());
    }
}
