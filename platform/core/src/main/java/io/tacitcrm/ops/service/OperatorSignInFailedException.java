package io.tacitcrm.ops.service;

import io.tacitcrm.common.domain.DomainException;

/** The address, password or code was wrong; which one is not said. */
public final class OperatorSignInFailedException extends DomainException {

    public OperatorSignInFailedException() {
        super("ops.sign-in-failed", "The e-mail address, password or code is not right.");
    }

    @Override
    public Kind kind() {
        return Kind.UNAUTHENTICATED;
    }
}
