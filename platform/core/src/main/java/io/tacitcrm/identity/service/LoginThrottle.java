package io.tacitcrm.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing per workspace and e-mail: after {@value #FREE_FAILURES} failures, each further
 * attempt must wait twice as long as the last (1 s, 2 s, 4 s … up to 15 minutes). A success clears the count.
 * Kept in memory on each node; several nodes each apply the limit.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_FAILURES = 5;
    private static final Duration MAX_DELAY = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    @Inject
    Clock clock;

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

    private record Failures(int count, Instant lockedUntil) {
    }

    public void checkAllowed(String workspace, String email) {
        Failures current = failures.get(key(workspace, email));
        Instant now = clock.instant();
        if (current != null && current.lockedUntil().isAfter(now)) {
            throw new TooManyAttemptsException(Duration.between(now, current.lockedUntil()));
        }
    }

    public void recordFailure(String workspace, String email) {
        if (failures.size() > MAX_TRACKED) {
            failures.clear(); // a flood of distinct names; start over rather than grow without bound
        }
        Instant now = clock.instant();
        failures.merge(key(workspace, email), new Failures(1, now), (old, one) -> {
            int count = old.count() + 1;
            return new Failures(count, now.plus(delayAfter(count)));
        });
    }

    public void recordSuccess(String workspace, String email) {
        failures.remove(key(workspace, email));
    }

    static Duration delayAfter(int failureCount) {
        if (failureCount < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int exponent = Math.min(failureCount - FREE_FAILURES, 20);
        Duration delay = Duration.ofSeconds(1L << exponent);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private static String key(String workspace, String email) {
        return (String.valueOf(workspace) + '\n' + String.valueOf(email)).strip().toLowerCase(Locale.ROOT);
    }
}
