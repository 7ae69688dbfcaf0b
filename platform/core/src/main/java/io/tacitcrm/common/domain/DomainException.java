package io.tacitcrm.common.domain;

/** A rule of the domain said no. Subclasses map to one HTTP status each; the message is safe to show to the caller. */
public abstract class DomainException extends RuntimeException {

    private final String code;

    protected DomainException(String code, String message) {
        super(message);
        this.code = code;
    }

    /** A stable, translatable code such as {@code "account.not-found"}. */
    public String code() {
        return code;
    }
}
