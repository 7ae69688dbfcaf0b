package io.tacitcrm.common.domain;

/** The request clashes with the current state, e.g. a workspace name that is already taken. */
public final class ConflictException extends DomainException {

    private final String field;

    public ConflictException(String field, String code, String message) {
        super(code, message);
        this.field = field;
    }

    /** The input field that caused the conflict. */
    public String field() {
        return field;
    }
}
