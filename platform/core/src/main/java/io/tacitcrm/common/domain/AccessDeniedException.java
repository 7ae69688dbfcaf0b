package io.tacitcrm.common.domain;

/** The caller is known but lacks the permission for this action. */
public final class AccessDeniedException extends DomainException {

    public AccessDeniedException(String permission) {
        super("permission.missing", "This action needs the permission " + permission + ".");
    }
}
