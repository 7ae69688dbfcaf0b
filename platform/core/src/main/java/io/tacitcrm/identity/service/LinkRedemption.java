package io.tacitcrm.identity.service;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.identity.domain.AccountLink;
import io.tacitcrm.identity.domain.AccountLinkRepository;
import io.tacitcrm.identity.domain.LinkPurpose;
import io.tacitcrm.identity.domain.PasswordHasher;
import io.tacitcrm.identity.domain.PasswordPolicy;
import io.tacitcrm.identity.domain.User;
import io.tacitcrm.identity.domain.UserRepository;
import io.tacitcrm.tenancy.domain.Tenant;
import io.tacitcrm.tenancy.domain.TenantRepository;
import io.tacitcrm.tenancy.service.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Someone follows a link from a mail, without being signed in: the link names its workspace, and only the hash of its
 * secret stored there makes it valid. A link works once, before it expires, for an active user of an active workspace.
 * A link that is unknown, garbled or for something else reads {@code link.invalid}; one used, replaced or expired
 * reads {@code link.expired} — both on the field {@value #TOKEN}.
 */
@ApplicationScoped
@Transactional
public class LinkRedemption {

    static final String TOKEN = "token";

    private final AccountLinkRepository links;
    private final UserRepository users;
    private final TenantRepository tenants;
    private final TenantContext tenantContext;
    private final Principals principals;
    private final Clock clock;
    private final Event<IdentityChanged> changed;
    private final PasswordHasher hasher;

    @Inject
    public LinkRedemption(AccountLinkRepository links, UserRepository users, TenantRepository tenants,
            TenantContext tenantContext, Principals principals, Clock clock, Event<IdentityChanged> changed,
            PasswordHasher hasher) {
        this.links = links;
        this.users = users;
        this.tenants = tenants;
        this.tenantContext = tenantContext;
        this.principals = principals;
        this.clock = clock;
        this.changed = changed;
        this.hasher = hasher;
    }

    /** For CDI's proxy only. */
    protected LinkRedemption() {
        this(null, null, null, null, null, null, null, null);
    }

    private record Opened(Tenant tenant, AccountLink link, User user) {
    }

    /** Whose link it is and what for, while it still works. */
    public LinkDetails inspect(String token) {
        Opened opened = open(token, List.of(LinkPurpose.values()));
        User user = opened.user();
        return new LinkDetails(opened.link().purpose(), user.name(), user.email().value(),
                opened.tenant().slug().value(), opened.tenant().name(), user.locale(), opened.link().expiresAt());
    }

    /**
     * Sets the password from an invitation or a reset link, which is then spent; the address counts as confirmed and
     * every earlier session ends.
     *
     * @return the user, signed in from this moment
     */
    public Principal choosePassword(String token, String password) {
        Opened opened = open(token, List.of(LinkPurpose.INVITATION, LinkPurpose.PASSWORD_RESET));
        User user = opened.user();
        PasswordPolicy.check(password, user.email().value(), opened.tenant().slug().value());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean joining = !user.hasPassword();
        user.choosePassword(hasher.hash(password), now);
        opened.link().spend(now);
        changed.fire(new IdentityChanged(joining ? "INVITATION_ACCEPTED" : "PASSWORD_RESET", "user",
                user.id().value(), joining ? "password chosen from the invitation" : "password chosen from a link"));
        return principals.of(opened.tenant(), user);
    }

    /** Confirms the address the link was sent to. */
    public void verifyEmail(String token) {
        Opened opened = open(token, List.of(LinkPurpose.EMAIL_VERIFICATION));
        Instant now = clock.instant();
        opened.user().verifyEmail(now);
        opened.link().spend(now);
        changed.fire(new IdentityChanged("EMAIL_VERIFIED", "user", opened.user().id().value(), ""));
    }

    private Opened open(String token, List<LinkPurpose> purposes) {
        Optional<BearerToken> secret = BearerToken.parse(BearerToken.LINK, token);
        if (secret.isEmpty()) {
            throw invalid();
        }
        Optional<Tenant> tenant = tenants.find(secret.get().tenant());
        if (tenant.isEmpty()) {
            throw invalid();
        }
        if (!tenant.get().isActive()) {
            throw new WorkspaceSuspendedException(tenant.get().statusReason());
        }
        tenantContext.bind(tenant.get().id());
        Optional<AccountLink> link = links.findBySecretHash(secret.get().hash())
                .filter(l -> purposes.contains(l.purpose()));
        Optional<User> user = link.flatMap(l -> users.find(l.user())).filter(User::isActive);
        if (link.isEmpty() || user.isEmpty()) {
            throw invalid();
        }
        if (!link.get().usableAt(clock.instant())) {
            throw refused("link.expired", "This link has expired or was already used. Ask for a new one.");
        }
        return new Opened(tenant.get(), link.get(), user.get());
    }

    private static InvalidInputException invalid() {
        return refused("link.invalid", "This link is not valid. Check that it was copied whole.");
    }

    private static InvalidInputException refused(String code, String message) {
        return new InvalidInputException(List.of(new FieldError(TOKEN, code, message)));
    }
}
