package io.tacitcrm.tenancy.service;

import io.tacitcrm.common.domain.DomainException;
import java.time.Duration;
import java.util.Optional;

/** This address signed up as many workspaces today as the operators allow; it may again after {@code retryAfter}. */
public final class SignupLimitException extends DomainException {

    private final Duration retryAfter;

    public SignupLimitException(Duration retryAfter) {
        super("signup.too-many", "Too many workspaces were signed up from this address today. Try again later.");
        this.retryAfter = retryAfter.isNegative() ? Duration.ofMinutes(1) : retryAfter;
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
