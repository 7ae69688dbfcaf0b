package io.tacitcrm.identity.service;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.identity.domain.ApiTokenRepository;
import io.tacitcrm.identity.domain.PasswordHasher;
import io.tacitcrm.identity.domain.PasswordPolicy;
import io.tacitcrm.identity.domain.User;
import io.tacitcrm.identity.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A signed-in user changes their own password: the current one first (wrong guesses are throttled like logins), the
 * new one by the password policy. Every session and personal token issued until then ends, on every server — the
 * caller's own too; the caller's screen or API client carries on with a session begun at the change.
 */
@ApplicationScoped
@Transactional
public class MyPassword {

    static final String CURRENT = "currentPassword";
    static final String NEW = "newPassword";
    /** Wrong current passwords count as failed logins of the account, from an address of the user's own. */
    private static final String ADDRESS = "password-change:";

    private final UserRepository users;
    private final ApiTokenRepository tokens;
    private final CurrentPrincipal caller;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final Event<IdentityChanged> changed;
    private final PasswordHasher hasher;

    @Inject
    public MyPassword(UserRepository users, ApiTokenRepository tokens, CurrentPrincipal caller, LoginThrottle throttle,
            Clock clock, Event<IdentityChanged> changed, PasswordHasher hasher) {
        this.users = users;
        this.tokens = tokens;
        this.caller = caller;
        this.throttle = throttle;
        this.clock = clock;
        this.changed = changed;
        this.hasher = hasher;
    }

    /** For CDI's proxy only. */
    protected MyPassword() {
        this(null, null, null, null, null, null, null);
    }

    /** @return the moment every earlier session ended; a session begun then or later goes on */
    public Instant change(PasswordChange change) {
        Principal me = SignedIn.require(caller, tokens);
        User user = users.find(me.userId()).orElseThrow();
        String account = me.email().value();
        String address = ADDRESS + me.userId().value();
        throttle.checkAllowed(me.workspace(), account, address);
        if (change.currentPassword() == null || !hasher.verify(change.currentPassword(), user.passwordHash())) {
            throttle.recordFailure(me.workspace(), account, address);
            throw new InvalidInputException(List.of(new FieldError(CURRENT, "password.wrong",
                    "This is not your current password.")));
        }
        throttle.recordSuccess(me.workspace(), account, address);
        try {
            PasswordPolicy.check(change.newPassword(), account, me.workspace());
        } catch (InvalidInputException weak) {
            throw new InvalidInputException(weak.errors().stream()
                    .map(e -> new FieldError(NEW, e.code(), e.message())).toList());
        }
        if (change.newPassword().equals(change.currentPassword())) {
            throw new InvalidInputException(List.of(new FieldError(NEW, "password.unchanged",
                    "The new password must differ from the current one.")));
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        user.changePassword(hasher.hash(change.newPassword()), now);
        changed.fire(new IdentityChanged("PASSWORD_CHANGED", "user", me.userId().value(), ""));
        return now;
    }
}
