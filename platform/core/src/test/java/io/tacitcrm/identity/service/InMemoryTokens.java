package io.tacitcrm.identity.service;

import io.tacitcrm.identity.domain.ApiToken;
import io.tacitcrm.identity.domain.ApiTokenRepository;
import io.tacitcrm.identity.domain.TokenKind;
import io.tacitcrm.identity.domain.UserId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Tokens in memory, as the JPA repository answers. */
final class InMemoryTokens implements ApiTokenRepository {

    final Map<UUID, ApiToken> tokens = new LinkedHashMap<>();

    @Override
    public Optional<ApiToken> findBySecretHash(String secretHash) {
        return tokens.values().stream().filter(t -> t.secretHash().equals(secretHash)).findFirst();
    }

    @Override
    public void add(ApiToken token) {
        tokens.put(token.id(), token);
    }

    @Override
    public List<ApiToken> personalOf(UserId user) {
        return tokens.values().stream().filter(t -> t.kind() == TokenKind.PERSONAL && t.user().equals(user))
                .filter(t -> t.revokedAt().isEmpty())
                .sorted(Comparator.comparing(ApiToken::createdAt).reversed()).toList();
    }

    @Override
    public Optional<ApiToken> find(UUID id) {
        return Optional.ofNullable(tokens.get(id));
    }
}
