package io.tacitcrm.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What requests read every time but rarely changes — a workspace's sharing rules and defaults, whether everyone else is
 * below a user, its users' names — kept per workspace and access revision. The revision comes with the principal, read
 * in the request's own authentication query, and the database bumps it with every such change: an entry is never used
 * for a later state, on any server, and a changed workspace simply misses.
 */
@ApplicationScoped
public class RevisionCache {

    /** Entries of older revisions are never read again; past this size the cache starts over. */
    static final int MAX_ENTRIES = 20_000;

    private record Key(UUID tenant, long revision, String what) {
    }

    private final Map<Key, Object> entries = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    public <T> T get(Principal principal, String what, Supplier<T> load) {
        if (entries.size() > MAX_ENTRIES) {
            entries.clear();
        }
        Key key = new Key(principal.tenantId().value(), principal.accessRevision(), what);
        Object cached = entries.get(key);
        if (cached == null) {
            cached = load.get();
            entries.put(key, cached);
        }
        return (T) cached;
    }
}
