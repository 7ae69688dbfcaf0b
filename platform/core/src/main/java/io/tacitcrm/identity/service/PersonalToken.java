package io.tacitcrm.identity.service;

import io.tacitcrm.identity.domain.ApiToken;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A personal API token as its owner sees it later: never its secret. */
public record PersonalToken(UUID id, String name, Instant createdAt, Optional<Instant> expiresAt, boolean expired) {

    static PersonalToken of(ApiToken token, Instant now) {
        return new PersonalToken(token.id(), token.name(), token.createdAt(), token.expiresAt(),
                !token.isValidAt(now));
    }
}
