package io.tacitcrm.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Principals of bearer tokens checked before, so that a request with a known token needs no transaction of its own to
 * authenticate. What comes from here is only a candidate: {@link CurrentPrincipal} has it confirmed against the
 * workspace's access revision in the request's own transaction before anything uses it, and the database moves that
 * revision whenever a fact of a principal changes (V19). Expiry is checked on every use; no entry is older than
 * {@link #MAX_AGE}, and the cache forgets everything when it would outgrow {@link #MAX_ENTRIES}.
 */
@ApplicationScoped
public class SessionCache {

    static final Duration MAX_AGE = Duration.ofMinutes(10);
    static final int MAX_ENTRIES = 50_000;

    private record Entry(Principal principal, Optional<Instant> expiresAt, Instant readAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    /** The principal last read for the token with this hash, unless its token has expired since. */
    public Optional<Principal> find(String tokenHash, Instant now) {
        Entry entry = entries.get(tokenHash);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.expiresAt().map(expiry -> !now.isBefore(expiry)).orElse(false)
                || now.isAfter(entry.readAt().plus(MAX_AGE))) {
            entries.remove(tokenHash, entry);
            return Optional.empty();
        }
        return Optional.of(entry.principal());
    }

    /** Keeps a principal just read from the database for its token. */
    public void keep(String tokenHash, Principal principal, Optional<Instant> expiresAt, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(tokenHash, new Entry(principal, expiresAt, now));
    }

    /** Forgets a token: it was revoked, or its principal no longer matches the database. */
    public void forget(String tokenHash) {
        entries.remove(tokenHash);
    }
}
