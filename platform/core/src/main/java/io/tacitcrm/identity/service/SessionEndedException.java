package io.tacitcrm.identity.service;

import io.tacitcrm.common.domain.DomainException;

/** The bearer token stopped being valid (revoked, expired, its user or workspace deactivated) during this request. */
public final class SessionEndedException extends DomainException {

    public SessionEndedException() {
        super("auth.required", "A valid bearer token is required (POST /api/v1/sessions to get one).");
    }

    @Override
    public Kind kind() {
        return Kind.UNAUTHENTICATED;
    }
}
