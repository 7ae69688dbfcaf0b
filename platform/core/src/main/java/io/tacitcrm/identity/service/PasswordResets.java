package io.tacitcrm.identity.service;

import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.domain.User;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.domain.UserRepository;
import io.tacitcrm.identity.service.AccountLinks.Letter;
import io.tacitcrm.tenancy.domain.Tenant;
import io.tacitcrm.tenancy.domain.TenantRepository;
import io.tacitcrm.tenancy.service.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A link to choose a new password, sent by mail: asked for by the user who forgot it (the same answer whether or not
 * the account exists; limited per address and per account), or by an administrator, who never learns the password.
 */
@ApplicationScoped
@Transactional
public class PasswordResets {

    /** Requests one client address may make in {@link #WINDOW}: enough for typos, too few to probe many accounts. */
    static final int PER_ADDRESS = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Mails one account receives per hour however many addresses ask: a mailbox is not to be flooded. */
    static final int PER_ACCOUNT = 3;
    static final Duration ADMIN_VALIDITY = Duration.ofHours(24);

    private final TenantRepository tenants;
    private final TenantContext tenantContext;
    private final UserRepository users;
    private final AccountLinks links;
    private final RequestQuota quota;
    private final CurrentPrincipal caller;
    private final Event<IdentityChanged> changed;

    @Inject
    public PasswordResets(TenantRepository tenants, TenantContext tenantContext, UserRepository users,
            AccountLinks links, RequestQuota quota, CurrentPrincipal caller, Event<IdentityChanged> changed) {
        this.tenants = tenants;
        this.tenantContext = tenantContext;
        this.users = users;
        this.links = links;
        this.quota = quota;
        this.caller = caller;
        this.changed = changed;
    }

    /** For CDI's proxy only. */
    protected PasswordResets() {
        this(null, null, null, null, null, null, null);
    }

    /**
     * Sends a reset link if the workspace and an active user of that address exist; says nothing either way. Too many
     * requests from one address are refused whatever they name.
     */
    public void request(ResetRequest request, String clientAddress) {
        quota.take("reset-address:" + clientAddress, PER_ADDRESS, WINDOW).ifPresent(wait -> {
            throw new TooManyAttemptsException("password-reset.throttled", wait);
        });
        Optional<Tenant> tenant = Typed.workspace(request.workspace()).flatMap(tenants::findBySlug)
                .filter(Tenant::isActive);
        Optional<User> user = tenant.flatMap(t -> {
            tenantContext.bind(t.id());
            return Typed.email(request.email()).flatMap(users::findByEmail);
        }).filter(User::isActive);
        if (user.isEmpty()) {
            return;
        }
        String account = "reset-account:" + tenant.get().id() + ":" + user.get().id();
        if (quota.take(account, PER_ACCOUNT, Duration.ofHours(1)).isPresent()) {
            return; // the account had its share of mail this hour; the answer does not say so
        }
        links.send(user.get(), Letter.PASSWORD_RESET, Map.of());
        changed.fire(new IdentityChanged("PASSWORD_RESET_REQUESTED", "user", user.get().id().value(),
                "reset link sent on request"));
    }

    /** An administrator has a reset link sent to an active user of the workspace. */
    public void sendByAdministrator(UserId id) {
        Principal admin = caller.require();
        admin.require(Permission.USERS_MANAGE);
        User user = users.find(id).orElseThrow(() -> new NotFoundException("user"));
        if (!user.isActive()) {
            throw new ConflictException("active", "user.inactive",
                    "This user is deactivated; reactivate them first.");
        }
        links.send(user, Letter.PASSWORD_RESET_BY_ADMIN, ADMIN_VALIDITY, Map.of("inviter", admin.name()));
        changed.fire(new IdentityChanged("PASSWORD_RESET_SENT", "user", id.value(),
                "reset link sent by an administrator"));
    }
}
