package io.tacitcrm.identity.service;

import io.tacitcrm.identity.domain.PasswordHasher;
import io.tacitcrm.identity.domain.SessionLookup;
import io.tacitcrm.identity.domain.User;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.domain.UserRepository;
import io.tacitcrm.tenancy.domain.Tenant;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.domain.TenantRepository;
import io.tacitcrm.tenancy.domain.TenantStatus;
import io.tacitcrm.tenancy.service.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Checks credentials and re-checks sessions. Every failure looks the same from outside and takes about as long,
 * whether the workspace, the user or the password was wrong.
 */
@ApplicationScoped
public class AuthenticationService {

    private static final Logger LOG = Logger.getLogger(AuthenticationService.class.getName());

    private final TenantRepository tenants;
    private final UserRepository users;
    private final TenantContext tenantContext;
    private final Principals principals;
    private final SessionLookup sessions;
    private final LoginThrottle throttle;
    private final Clock clock;

    @Inject
    public AuthenticationService(TenantRepository tenants, UserRepository users, TenantContext tenantContext,
            Principals principals, SessionLookup sessions, LoginThrottle throttle, Clock clock,
            PasswordHasher hasher) {
        this.tenants = tenants;
        this.users = users;
        this.tenantContext = tenantContext;
        this.principals = principals;
        this.sessions = sessions;
        this.throttle = throttle;
        this.clock = clock;
        this.hasher = hasher;
    }

    /** For CDI's proxy only. */
    protected AuthenticationService() {
        this(null, null, null, null, null, null, null, null);
    }

    private final PasswordHasher hasher;

    /**
     * Logs in from {@code clientAddress} (the throttle counts failures per account and address); the returned
     * principal is not yet established for the request (see {@link CurrentPrincipal}).
     */
    @Transactional
    public Principal login(LoginAttempt attempt, String clientAddress) {
        throttle.checkAllowed(attempt.workspace(), attempt.email(), clientAddress);
        Optional<Tenant> tenant = Typed.workspace(attempt.workspace()).flatMap(tenants::findBySlug);
        Optional<User> user = tenant.flatMap(t -> {
            // Looking the user up needs the tenant; if authentication fails the request ends with 401 regardless.
            tenantContext.bind(t.id());
            return Typed.email(attempt.email()).flatMap(users::findByEmail);
        });
        // an invited user who has not chosen a password yet cannot log in; the decoy keeps the time the same
        boolean passwordMatches = user.filter(User::hasPassword)
                .map(u -> hasher.verify(attempt.password(), u.passwordHash()))
                .orElseGet(() -> {
                    hasher.verifyDecoy(attempt.password());
                    return false;
                });
        if (!passwordMatches || !user.get().isActive()) {
            throttle.recordFailure(attempt.workspace(), attempt.email(), clientAddress);
            LOG.info(() -> "Failed login to workspace '" + attempt.workspace() + "'");
            throw new AuthenticationFailedException();
        }
        throttle.recordSuccess(attempt.workspace(), attempt.email(), clientAddress);
        if (tenant.get().status() == TenantStatus.PENDING) {
            throw new WorkspacePendingException();
        }
        if (!tenant.get().isActive()) {
            throw new WorkspaceSuspendedException(tenant.get().statusReason());
        }
        tenants.recordSignIn(tenant.get().id(), clock.instant());
        return principals.of(tenant.get(), user.get());
    }

    /**
     * Re-checks an existing session on each request: the user must still be active and the tenant active, so that
     * a deactivated user or a suspended tenant loses access at once.
     */
    @Transactional
    public Optional<Principal> resume(TenantId tenantId, UserId userId, Instant signedInAt) {
        tenantContext.bind(tenantId);
        // one statement, as for a bearer token (a browser session has no expiry or revocation of its own)
        return sessions.byUser(userId, signedInAt).filter(facts -> facts.admits(Instant.EPOCH))
                .map(facts -> principals.of(tenantId, facts));
    }
}
