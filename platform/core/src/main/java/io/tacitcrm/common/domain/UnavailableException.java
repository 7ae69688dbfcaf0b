package io.tacitcrm.common.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * Something the request needs is out of reach for now (the database stopped or refusing connections, its disk
 * full), so nothing was done and the same request may be sent again after {@link #retryAfter()}.
 */
public final class UnavailableException extends DomainException {

    private final Duration retryAfter;

    public UnavailableException(String code, String message, Duration retryAfter) {
        super(code, message);
        this.retryAfter = retryAfter;
    }

    @Override
    public Kind kind() {
        return Kind.UNAVAILABLE;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(retryAfter);
    }
}
