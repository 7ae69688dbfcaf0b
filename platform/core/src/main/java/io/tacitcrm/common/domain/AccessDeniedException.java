package io.tacitcrm.common.domain;

/** The caller is known but lacks the permission for this action. */
public final class AccessDeniedException extends DomainException {

    public AccessDeniedException(String permission) {
        super("permission.missing", "This action needs the permission " + permission + ".");
    }

    private AccessDeniedException(String code, String message) {
        super(code, message);
    }

    /** Refused for a reason other than a permission, stated by {@code code} and {@code message}. */
    public static AccessDeniedException because(String code, String message) {
        return new AccessDeniedException(code, message);
    }

    /** The caller may see the record but not change it. */
    public static AccessDeniedException readOnly(String entity) {
        return new AccessDeniedException("record.read-only", "You may read this " + entity + " but not change it.");
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }
}
