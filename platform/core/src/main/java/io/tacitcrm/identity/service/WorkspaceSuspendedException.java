package io.tacitcrm.identity.service;

import io.tacitcrm.common.domain.DomainException;

/** The credentials are right, but the company's workspace is suspended. */
public final class WorkspaceSuspendedException extends DomainException {

    public WorkspaceSuspendedException() {
        super("login.suspended", "This workspace is suspended. Please contact your hosting provider.");
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }
}
