package io.tacitcrm.identity.service;

import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.identity.domain.ApiToken;
import io.tacitcrm.identity.domain.ApiTokenRepository;
import io.tacitcrm.identity.domain.TokenKind;
import io.tacitcrm.tenancy.service.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Issues, checks and revokes bearer tokens for the REST API. */
@ApplicationScoped
public class SessionTokens {

    private final ApiTokenRepository tokens;
    private final SessionChecks checks;
    private final SessionCache cache;
    private final CurrentPrincipal currentPrincipal;
    private final TenantContext tenantContext;
    private final Clock clock;

    @Inject
    public SessionTokens(ApiTokenRepository tokens, SessionChecks checks, SessionCache cache,
            CurrentPrincipal currentPrincipal, TenantContext tenantContext, Clock clock) {
        this.tokens = tokens;
        this.checks = checks;
        this.cache = cache;
        this.currentPrincipal = currentPrincipal;
        this.tenantContext = tenantContext;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected SessionTokens() {
        this(null, null, null, null, null, null);
    }

    @Inject
    @ConfigProperty(name = "tacit.session.hours", defaultValue = "12")
    int sessionHours;

    /** Issues a session token for a principal that just logged in. */
    @Transactional
    public IssuedToken issueSession(Principal principal) {
        currentPrincipal.establish(principal);
        BearerToken token = BearerToken.generate(principal.tenantId());
        Instant now = clock.instant();
        Optional<Instant> expires = Optional.of(now.plus(Duration.ofHours(sessionHours)));
        tokens.add(new ApiToken(Ids.newId(), principal.userId(), TokenKind.SESSION, "session", token.hash(), now,
                expires));
        return new IssuedToken(token.value(), expires);
    }

    /**
     * Establishes the principal a presented token stands for, if the token is well-formed, known, unexpired and
     * unrevoked. A token seen before is answered from the cache without a transaction; its principal is confirmed
     * in the transaction of its first use (see {@link CurrentPrincipal}).
     */
    public boolean establish(String presented) {
        Optional<BearerToken> token = BearerToken.parse(presented);
        if (token.isEmpty()) {
            return false;
        }
        // The lookup needs the tenant; an unknown token ends the request with 401 before any data is served.
        tenantContext.bind(token.get().tenant());
        String hash = token.get().hash();
        Optional<Principal> cached = cache.find(hash, clock.instant());
        if (cached.isPresent()) {
            currentPrincipal.establishCached(cached.get(), hash);
            return true;
        }
        Optional<Principal> read = checks.read(token.get().tenant(), hash);
        read.ifPresent(principal -> currentPrincipal.establishByToken(principal, hash));
        return read.isPresent();
    }

    /** Revokes the presented token (logout). */
    @Transactional
    public void revoke(String presented) {
        BearerToken.parse(presented).map(BearerToken::hash).ifPresent(hash -> {
            cache.forget(hash);
            tokens.findBySecretHash(hash).ifPresent(token -> token.revoke(clock.instant()));
        });
    }
}
