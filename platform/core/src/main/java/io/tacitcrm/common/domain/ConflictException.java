package io.tacitcrm.common.domain;

import java.util.List;

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

    @Override
    public List<FieldError> errors() {
        return List.of(new FieldError(field, code(), getMessage()));
    }

    @Override
    public Kind kind() {
        return Kind.CONFLICT;
    }
}
