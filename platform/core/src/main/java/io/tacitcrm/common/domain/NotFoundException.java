package io.tacitcrm.common.domain;

/**
 * The record does not exist — or the caller may not see it, which must look exactly the same from outside.
 */
public final class NotFoundException extends DomainException {

    public NotFoundException(String entity) {
        super(entity + ".not-found", "No such " + entity + ".");
    }

    @Override
    public Kind kind() {
        return Kind.NOT_FOUND;
    }
}
