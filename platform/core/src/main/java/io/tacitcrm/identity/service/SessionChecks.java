package io.tacitcrm.identity.service;

import io.tacitcrm.identity.domain.SessionLookup;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.service.TenantRevision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads a bearer token's session from the database and confirms a cached one. Both join the request's transaction,
 * or open one when called outside any.
 */
@ApplicationScoped
public class SessionChecks {

    private final SessionLookup sessions;
    private final Principals principals;
    private final SessionCache cache;
    private final TenantRevision revision;
    private final Clock clock;

    @Inject
    SessionChecks(SessionLookup sessions, Principals principals, SessionCache cache, TenantRevision revision,
            Clock clock) {
        this.sessions = sessions;
        this.principals = principals;
        this.cache = cache;
        this.revision = revision;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected SessionChecks() {
        this(null, null, null, null, null);
    }

    /** The principal of a well-formed token, when it is known, unexpired and unrevoked; kept in the cache if so. */
    @Transactional
    public Optional<Principal> read(TenantId tenant, String tokenHash) {
        Instant now = clock.instant();
        return sessions.byTokenHash(tokenHash).filter(facts -> facts.admits(now)).map(facts -> {
            Principal principal = principals.of(tenant, facts);
            cache.keep(tokenHash, principal, facts.expiresAt(), now);
            return principal;
        });
    }

    /**
     * The cached principal itself when the workspace's access revision, as this transaction reads it, is still the
     * one it was built at; otherwise the principal read afresh.
     *
     * @throws SessionEndedException when the token is no longer valid
     */
    @Transactional
    public Principal confirm(Principal cached, String tokenHash) {
        if (revision.current() == cached.accessRevision()) {
            return cached;
        }
        cache.forget(tokenHash);
        return read(cached.tenantId(), tokenHash).orElseThrow(SessionEndedException::new);
    }
}
