package io.tacitcrm.identity.service;

import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.identity.domain.ApiToken;
import io.tacitcrm.identity.domain.ApiTokenRepository;
import io.tacitcrm.identity.domain.SessionLookup;
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

    private final Principals principals;
    private final ApiTokenRepository tokens;
    private final SessionLookup sessions;
    private final CurrentPrincipal currentPrincipal;
    private final TenantContext tenantContext;
    private final Clock clock;

    @Inject
    public SessionTokens(Principals principals, ApiTokenRepository tokens, SessionLookup sessions,
            CurrentPrincipal currentPrincipal, TenantContext tenantContext, Clock clock) {
        this.principals = principals;
        this.tokens = tokens;
        this.sessions = sessions;
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

    /** The principal a presented token stands for, if the token is well-formed, known, unexpired and unrevoked. */
    @Transactional
    public Optional<Principal> authenticate(String presented) {
        return BearerToken.parse(presented).flatMap(token -> {
            // The lookup needs the tenant; an unknown token ends the request with 401 before any data is served.
            tenantContext.bind(token.tenant());
            return sessions.byTokenHash(token.hash()).filter(facts -> facts.admits(clock.instant()))
                    .map(facts -> principals.of(token.tenant(), facts));
        });
    }

    /** Revokes the presented token (logout). */
    @Transactional
    public void revoke(String presented) {
        BearerToken.parse(presented).flatMap(token -> tokens.findBySecretHash(token.hash()))
                .ifPresent(token -> token.revoke(clock.instant()));
    }
}
