package io.tacitcrm.identity.service;

import io.tacitcrm.tenancy.service.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Who is calling in this request. Establishing the principal also binds the request's tenant — the tenant always
 * comes from the authenticated principal, never from an id the client sent.
 *
 * <p>A principal from the {@link SessionCache} is confirmed by its first use, in the transaction that uses it: nothing
 * sees it before it is known to be current.
 */
@RequestScoped
public class CurrentPrincipal {

    private final TenantContext tenantContext;
    private final Optional<SessionChecks> checks;

    @Inject
    public CurrentPrincipal(TenantContext tenantContext, SessionChecks checks) {
        this.tenantContext = tenantContext;
        this.checks = Optional.of(checks);
    }

    /** Outside CDI (unit tests): only principals established as authenticated. */
    public CurrentPrincipal(TenantContext tenantContext) {
        this.tenantContext = tenantContext;
        this.checks = Optional.empty();
    }

    /** For CDI's proxy only. */
    protected CurrentPrincipal() {
        this(null);
    }

    private volatile Principal principal;
    /** The hash of the token whose cached principal awaits confirmation; empty once confirmed. */
    private volatile Optional<String> unconfirmedToken = Optional.empty();
    /** The hash of the bearer token the request came with; empty for a browser session or a login. */
    private volatile Optional<String> bearer = Optional.empty();

    public void establish(Principal authenticated) {
        tenantContext.bind(authenticated.tenantId());
        principal = authenticated;
        unconfirmedToken = Optional.empty();
    }

    /** A principal just read for the bearer token with this hash. */
    void establishByToken(Principal authenticated, String tokenHash) {
        establish(authenticated);
        bearer = Optional.of(tokenHash);
    }

    /** The hash of the bearer token this request came with, if it came with one. */
    public Optional<String> bearer() {
        return bearer;
    }

    /** A principal from the cache for the token with this hash, to be confirmed when first used. */
    void establishCached(Principal cached, String tokenHash) {
        if (checks.isEmpty()) {
            throw new IllegalStateException("A cached principal needs the session checks to confirm it");
        }
        tenantContext.bind(cached.tenantId());
        principal = cached;
        unconfirmedToken = Optional.of(tokenHash);
        bearer = Optional.of(tokenHash);
    }

    /** True while a cached principal has not been used (and so not confirmed) yet. */
    public boolean unconfirmed() {
        return unconfirmedToken.isPresent();
    }

    /** @throws SessionEndedException when a cached principal's token turns out to be no longer valid */
    public Optional<Principal> get() {
        if (unconfirmedToken.isPresent()) {
            confirm();
        }
        return Optional.ofNullable(principal);
    }

    public Principal require() {
        return get().orElseThrow(() -> new IllegalStateException("No authenticated user in this request"));
    }

    private synchronized void confirm() {
        if (unconfirmedToken.isEmpty()) {
            return;
        }
        try {
            principal = checks.orElseThrow().confirm(principal, unconfirmedToken.get());
        } catch (RuntimeException e) {
            // fail closed: no principal is left to use
            principal = null;
            throw e;
        } finally {
            // cleared last, so that whoever sees it cleared also sees the confirmed principal
            unconfirmedToken = Optional.empty();
        }
    }
}
