package io.tacitcrm.identity.domain;

import java.util.Optional;

/** Bearer tokens of the current tenant, found by the hash of their secret. */
public interface ApiTokenRepository {

    Optional<ApiToken> findBySecretHash(String secretHash);

    void add(ApiToken token);
}
