package io.tacitcrm.identity.service;

import io.tacitcrm.common.domain.DomainException;
import java.time.Duration;
import java.util.Optional;

/** Too many failed logins for this account, or too many requests for mail; the caller must wait. */
public final class TooManyAttemptsException extends DomainException {

    private final Duration retryAfter;

    public TooManyAttemptsException(Duration retryAfter) {
        super("login.throttled", "Too many failed logins. Try again in " + Math.max(1, retryAfter.toSeconds())
                + " seconds.");
        this.retryAfter = retryAfter;
    }

    /** Too many requests of another kind ({@code code}) from this address or for this account. */
    public TooManyAttemptsException(String code, Duration retryAfter) {
        super(code, "Too many requests. Try again in " + Math.max(1, retryAfter.toSeconds()) + " seconds.");
        this.retryAfter = retryAfter;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(retryAfter);
    }

    @Override
    public Kind kind() {
        return Kind.THROTTLED;
    }
}
