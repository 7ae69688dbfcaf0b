package io.tacitcrm.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down password guessing without handing anyone a way to lock an owner out.
 * <ul>
 * <li>Per account <em>and</em> client address: after {@value #FREE_FAILURES} failures, each further attempt from that
 * address must wait twice as long as the last (1 s, 2 s, 4 s … up to 15 minutes). The owner logging in from
 * elsewhere is not slowed by someone guessing at their account. A success clears the count.</li>
 * <li>Per client address across accounts: more than {@value #ADDRESS_FAILURES} failures within
 * {@link #ADDRESS_WINDOW} stop that address until the window has passed, so spraying one password over many
 * accounts is slow too.</li>
 * </ul>
 * Kept in memory on each node; several nodes each apply the limit.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_FAILURES = 5;
    static final int ADDRESS_FAILURES = 50;
    static final Duration ADDRESS_WINDOW = Duration.ofMinutes(15);
    private static final Duration MAX_DELAY = Duration.ofMinutes(15);
    private static final int MAX_TRACKED = 100_000;

    @Inject
    Clock clock;

    private final ConcurrentHashMap<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Window> byAddress = new ConcurrentHashMap<>();

    private record Failures(int count, Instant lockedUntil) {
    }

    private record Window(int count, Instant start) {
    }

    public LoginThrottle() {
    }

    /** For unit tests: a throttle reading the given clock. */
    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    public void checkAllowed(String workspace, String email, String address) {
        Instant now = clock.instant();
        Window window = byAddress.get(address(address));
        if (window != null && window.count() >= ADDRESS_FAILURES && window.start().plus(ADDRESS_WINDOW).isAfter(now)) {
            throw new TooManyAttemptsException(Duration.between(now, window.start().plus(ADDRESS_WINDOW)));
        }
        Failures current = byAccount.get(key(workspace, email, address));
        if (current != null && current.lockedUntil().isAfter(now)) {
            throw new TooManyAttemptsException(Duration.between(now, current.lockedUntil()));
        }
    }

    public void recordFailure(String workspace, String email, String address) {
        if (byAccount.size() > MAX_TRACKED || byAddress.size() > MAX_TRACKED) {
            // a flood of distinct names or addresses; start over rather than grow without bound
            byAccount.clear();
            byAddress.clear();
        }
        Instant now = clock.instant();
        byAccount.merge(key(workspace, email, address), new Failures(1, now), (old, one) -> {
            int count = old.count() + 1;
            return new Failures(count, now.plus(delayAfter(count)));
        });
        byAddress.merge(address(address), new Window(1, now), (old, one) ->
                old.start().plus(ADDRESS_WINDOW).isAfter(now) ? new Window(old.count() + 1, old.start()) : one);
    }

    public void recordSuccess(String workspace, String email, String address) {
        byAccount.remove(key(workspace, email, address));
    }

    static Duration delayAfter(int failureCount) {
        if (failureCount < FREE_FAILURES) {
            return Duration.ZERO;
        }
        int exponent = Math.min(failureCount - FREE_FAILURES, 20);
        Duration delay = Duration.ofSeconds(1L << exponent);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private static String key(String workspace, String email, String address) {
        return (workspace + '\n' + email).strip().toLowerCase(Locale.ROOT) + '\n' + address(address);
    }

    private static String address(String address) {
        return address == null || address.isBlank() ? "unknown" : address.strip();
    }
}
