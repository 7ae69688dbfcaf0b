package io.tacitcrm.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How often something may be asked for per key within a window (a fixed window starting at the first request): mail
 * sent on request must not become a way to flood someone's mailbox. In memory on each node.
 */
@ApplicationScoped
public class RequestQuota {

    private static final int MAX_TRACKED = 100_000;

    private record Window(int count, Instant start) {
    }

    @Inject
    Clock clock;

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    public RequestQuota() {
    }

    /** For unit tests: a quota reading the given clock. */
    RequestQuota(Clock clock) {
        this.clock = clock;
    }

    /**
     * Counts a request under {@code key}; if it is one more than {@code max} within {@code window}, the time until the
     * window ends (the request is not counted then).
     */
    public Optional<Duration> take(String key, int max, Duration window) {
        if (windows.size() > MAX_TRACKED) {
            windows.clear(); // a flood of distinct keys; start over rather than grow without bound
        }
        Instant now = clock.instant();
        boolean[] refused = new boolean[1];
        Window current = windows.compute(key, (k, old) -> {
            if (old == null || !old.start().plus(window).isAfter(now)) {
                return new Window(1, now);
            }
            refused[0] = old.count() >= max;
            return refused[0] ? old : new Window(old.count() + 1, old.start());
        });
        return refused[0] ? Optional.of(Duration.between(now, current.start().plus(window))) : Optional.empty();
    }
}
