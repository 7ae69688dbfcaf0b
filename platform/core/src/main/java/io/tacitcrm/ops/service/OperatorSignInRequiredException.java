package io.tacitcrm.ops.service;

import io.tacitcrm.common.domain.DomainException;

/** No operator session, or it ended. */
public final class OperatorSignInRequiredException extends DomainException {

    public OperatorSignInRequiredException() {
        super("ops.session-ended", "Sign in as an operator (the session is missing, expired or ended).");
    }

    @Override
    public Kind kind() {
        return Kind.UNAUTHENTICATED;
    }
}
