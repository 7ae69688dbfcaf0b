package io.tacitcrm.common.domain;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A rule of the domain said no. Each exception says what kind of no it is ({@link #kind()}), which the REST edge maps
 * to one HTTP status, and the fields it concerns; the message is safe to show to the caller.
 */
public abstract class DomainException extends RuntimeException {

    /** What kind of no: the REST edge answers each with one status. */
    public enum Kind {
        /** The input breaks rules (422), each in {@link #errors()}. */
        INVALID,
        NOT_FOUND,
        /** The request clashes with the current state (409). */
        CONFLICT,
        /** An older version was edited (412 when the request sent one, else 409). */
        STALE,
        FORBIDDEN,
        UNAUTHENTICATED,
        /** Too many attempts (429) for {@link #retryAfter()}. */
        THROTTLED,
        /** The plan allows no more (402), see {@link LimitExceededException}. */
        LIMIT,
        BAD_REQUEST,
        /** Something the request needs is out of reach (503), see {@link UnavailableException}. */
        UNAVAILABLE
    }

    private final String code;

    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    public Kind kind() {
        return Kind.BAD_REQUEST;
    }

    /** The fields the problem concerns, each with its own code and message; none by default. */
    public List<FieldError> errors() {
        return List.of();
    }

    /** How long to wait before trying again, for {@link Kind#THROTTLED} and {@link Kind#UNAVAILABLE}. */
    public Optional<Duration> retryAfter() {
        return Optional.empty();
    }

    /** A stable, translatable code such as {@code "account.not-found"}. */
    public String code() {
        return code;
    }
}
