package io.tacitcrm.identity.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Bearer tokens of the current tenant, found by the hash of their secret. */
public interface ApiTokenRepository {

    Optional<ApiToken> findBySecretHash(String secretHash);

    void add(ApiToken token);

    /** A user's personal tokens that are not revoked (expired ones too), newest first. */
    List<ApiToken> personalOf(UserId user);

    Optional<ApiToken> find(UUID id);
}
