package io.tacitcrm.customer.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The search grams seen to be too common in a workspace to name candidates by ("上海", "科技", "har" of
 * harbor), so a search does not read their postings again: reading 2,001 of them three times was 8% of the
 * server's CPU under the read mix (docs/performance.md, "A seventh look"). Only a plan depends on it — a term
 * whose grams are all common is walked, which finds the same accounts — so an entry may be out of date; it is
 * forgotten after a while, and the whole map past a size.
 */
@ApplicationScoped
class CommonGrams {

    static final Duration REMEMBERED = Duration.ofMinutes(10);
    static final int MAX_ENTRIES = 10_000;

    private record Key(UUID tenant, String gram) {
    }

    private final Map<Key, Instant> seen = new ConcurrentHashMap<>();
    private final Clock clock;

    @Inject
    CommonGrams(Clock clock) {
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected CommonGrams() {
        this(null);
    }

    boolean isCommon(UUID tenant, String gram) {
        Key key = new Key(tenant, gram);
        Instant at = seen.get(key);
        if (at == null) {
            return false;
        }
        if (at.plus(REMEMBERED).isBefore(clock.instant())) {
            seen.remove(key, at);
            return false;
        }
        return true;
    }

    void remember(UUID tenant, String gram) {
        if (seen.size() >= MAX_ENTRIES) {
            seen.clear();
        }
        seen.put(new Key(tenant, gram), clock.instant());
    }
}
