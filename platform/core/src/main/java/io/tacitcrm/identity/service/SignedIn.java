package io.tacitcrm.identity.service;

import io.tacitcrm.common.domain.AccessDeniedException;
import io.tacitcrm.identity.domain.ApiTokenRepository;
import io.tacitcrm.identity.domain.TokenKind;

/**
 * What only a person who signed in may do (change their password, make or revoke tokens), refused to a request
 * that came with a personal token, so a leaked token cannot take over its owner's account.
 */
final class SignedIn {

    private SignedIn() {
    }

    static Principal require(CurrentPrincipal caller, ApiTokenRepository tokens) {
        Principal me = caller.require();
        if (caller.bearer().flatMap(tokens::findBySecretHash).filter(t -> t.kind() == TokenKind.PERSONAL)
                .isPresent()) {
            throw AccessDeniedException.because("token.signed-in-only",
                    "This is done after signing in, not with a personal token.");
        }
        return me;
    }
}
