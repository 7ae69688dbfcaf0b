package io.tacitcrm.identity.service;

import io.tacitcrm.common.domain.DomainException;

/** The credentials are right, but the workspace waits for the hosting provider's approval of its sign-up. */
public final class WorkspacePendingException extends DomainException {

    public WorkspacePendingException() {
        super("login.pending", "This workspace waits for your provider's approval. You can sign in once it is"
                + " approved.");
    }

    @Override
    public Kind kind() {
        return Kind.FORBIDDEN;
    }
}
