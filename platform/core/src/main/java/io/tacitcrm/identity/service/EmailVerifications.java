package io.tacitcrm.identity.service;

import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.identity.domain.User;
import io.tacitcrm.identity.domain.UserRepository;
import io.tacitcrm.identity.service.AccountLinks.Letter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.Map;

/** Whether the signed-in user's address is confirmed, and a fresh link to confirm it (a few an hour at most). */
@ApplicationScoped
@Transactional
public class EmailVerifications {

    static final int PER_HOUR = 3;

    private final UserRepository users;
    private final AccountLinks links;
    private final RequestQuota quota;
    private final CurrentPrincipal caller;

    @Inject
    public EmailVerifications(UserRepository users, AccountLinks links, RequestQuota quota, CurrentPrincipal caller) {
        this.users = users;
        this.links = links;
        this.quota = quota;
        this.caller = caller;
    }

    /** For CDI's proxy only. */
    protected EmailVerifications() {
        this(null, null, null, null);
    }

    public boolean mineVerified() {
        return users.find(caller.require().userId()).map(User::emailVerified).orElse(false);
    }

    public void sendMine() {
        Principal me = caller.require();
        User user = users.find(me.userId()).orElseThrow();
        if (user.emailVerified()) {
            throw new ConflictException("email", "email.verified-already", "Your address is confirmed already.");
        }
        quota.take("verify:" + me.tenantId() + ":" + me.userId(), PER_HOUR, Duration.ofHours(1)).ifPresent(wait -> {
            throw new TooManyAttemptsException("email-verification.throttled", wait);
        });
        links.send(user, Letter.EMAIL_VERIFICATION, Map.of());
    }
}
