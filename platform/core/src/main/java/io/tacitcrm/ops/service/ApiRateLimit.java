package io.tacitcrm.ops.service;

import io.tacitcrm.ops.domain.RateCounts;
import io.tacitcrm.tenancy.domain.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The plans' API requests per minute, per workspace, across servers. Each server counts its own requests of the
 * minute in memory and, every {@code tacit.ops.rate-sync-millis}, shares its count and learns the others'; a request
 * is refused when this server's count and the others' last known reach the limit. The limit can be passed by what
 * the other servers took since the last exchange (a second's worth at most); workspaces without a limit are not
 * counted at all; a server's first request of a workspace in a minute asks the others' counts first. A plan's
 * limit is read again after {@code tacit.ops.rate-limit-age-seconds}.
 */
@ApplicationScoped
public class ApiRateLimit {

    private static final Logger LOG = Logger.getLogger(ApiRateLimit.class.getName());

    /** A request refused: the limit, the count it reached, and when the minute ends. */
    public record Refusal(int limit, long current, Duration retryAfter) {
    }

    private record Limit(OptionalInt perMinute, Instant readAt) {
    }

    /** One workspace's counts of one minute: this server's, and the others' as last exchanged. */
    private static final class Window {
        final Instant minute;
        final AtomicLong mine = new AtomicLong();
        volatile long others;

        Window(Instant minute) {
            this.minute = minute;
        }
    }

    private final Map<TenantId, Limit> limits = new ConcurrentHashMap<>();
    private final Map<TenantId, Window> windows = new ConcurrentHashMap<>();

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    RateCounts counts;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "tacit.ops.rate-sync-millis", defaultValue = "1000")
    long syncMillis;
    @Inject
    @ConfigProperty(name = "tacit.ops.rate-limit-age-seconds", defaultValue = "30")
    long limitAgeSeconds;
    @Inject
    @ConfigProperty(name = "tacit.server.name")
    Optional<String> serverName;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (syncMillis > 0) {
            scheduler.scheduleWithFixedDelay(this::exchangeQuietly, syncMillis, syncMillis, TimeUnit.MILLISECONDS);
        }
    }

    /** Counts a request of the workspace, unless its plan's limit for this minute is reached. */
    public Optional<Refusal> take(TenantId tenant) {
        Instant now = clock.instant();
        OptionalInt limit = limit(tenant, now);
        if (limit.isEmpty()) {
            return Optional.empty();
        }
        Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
        Window window = windows.get(tenant);
        if (window == null || !window.minute.equals(minute)) {
            // this server's first request of the minute asks what the others took, rather than start from nothing
            Window fresh = new Window(minute);
            fresh.others = counts.exchange(minute, server(), Map.of(tenant, 0L)).getOrDefault(tenant, 0L);
            window = windows.merge(tenant, fresh, (old, created) -> old.minute.equals(minute) ? old : created);
        }
        long taken = window.mine.incrementAndGet();
        long total = taken + window.others;
        if (total > limit.getAsInt()) {
            window.mine.decrementAndGet();
            return Optional.of(new Refusal(limit.getAsInt(), total - 1,
                    Duration.between(now, minute.plus(Duration.ofMinutes(1)))));
        }
        return Optional.empty();
    }

    /** Shares this server's counts of the current minute and learns the other servers'. */
    public void exchange() {
        Instant minute = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        Map<TenantId, Long> mine = new HashMap<>();
        windows.forEach((tenant, window) -> {
            if (window.minute.equals(minute)) {
                mine.put(tenant, window.mine.get());
            }
        });
        windows.entrySet().removeIf(e -> e.getValue().minute.isBefore(minute));
        if (mine.isEmpty()) {
            return;
        }
        Map<TenantId, Long> others = counts.exchange(minute, server(), mine);
        mine.keySet().forEach(tenant -> {
            Window window = windows.get(tenant);
            if (window != null && window.minute.equals(minute)) {
                window.others = others.getOrDefault(tenant, 0L);
            }
        });
        if (clock.instant().getEpochSecond() % 60 < syncMillis / 1000 + 1) {
            counts.forgetBefore(minute.minus(Duration.ofMinutes(5)));
        }
    }

    private OptionalInt limit(TenantId tenant, Instant now) {
        Limit known = limits.get(tenant);
        if (known == null || now.isAfter(known.readAt().plusSeconds(limitAgeSeconds))) {
            known = new Limit(counts.perMinute(tenant), now);
            limits.put(tenant, known);
        }
        return known.perMinute();
    }

    private String server() {
        return serverName.filter(s -> !s.isBlank()).orElseGet(() -> ManagementFactory.getRuntimeMXBean().getName());
    }

    private void exchangeQuietly() {
        try {
            exchange();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "API rate counts not exchanged; the next exchange tries again", e);
        }
    }
}
