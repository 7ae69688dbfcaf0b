package io.tacitcrm.identity.service;

import io.tacitcrm.common.domain.DomainException;

/** Wrong workspace, e-mail or password — deliberately not saying which. */
public final class AuthenticationFailedException extends DomainException {

    public AuthenticationFailedException() {
        super("login.failed", "Workspace, e-mail or password is wrong.");
    }

    @Override
    public Kind kind() {
        return Kind.UNAUTHENTICATED;
    }
}
