package io.tacitcrm.identity.service;

import io.tacitcrm.common.domain.DomainException;
import java.util.Optional;

/** The credentials are right, but the company's workspace is suspended. */
public final class WorkspaceSuspendedException extends DomainException {

    private final Optional<String> reason;

    public WorkspaceSuspendedException(Optional<String> reason) {
        super("login.suspended", "This workspace is suspended" + reason.map(r -> ": " + r).orElse("")
                + ". Please contact your hosting provider.");
        this.reason = reason;
    }

    /** Why, as the operator who suspended it said. */
    public Optional<String> reason() {
        return reason;
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }
}
