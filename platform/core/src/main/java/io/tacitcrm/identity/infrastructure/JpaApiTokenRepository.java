package io.tacitcrm.identity.infrastructure;

import io.tacitcrm.identity.domain.ApiToken;
import io.tacitcrm.identity.domain.ApiTokenRepository;
import io.tacitcrm.identity.domain.TokenKind;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class JpaApiTokenRepository implements ApiTokenRepository {

    @Inject
    TransactionEntityManagers entityManagers;

    @Override
    public Optional<ApiToken> findBySecretHash(String secretHash) {
        return em().createQuery("select t from ApiToken t where t.secretHash = :hash", ApiToken.class)
                .setParameter("hash", secretHash)
                .getResultStream().findFirst();
    }

    @Override
    public void add(ApiToken token) {
        em().persist(token);
    }

    @Override
    public List<ApiToken> personalOf(UserId user) {
        return em().createQuery("select t from ApiToken t where t.userId = :user and t.kind = :kind"
                        + " and t.revokedAt is null order by t.createdAt desc, t.id", ApiToken.class)
                .setParameter("user", user.value()).setParameter("kind", TokenKind.PERSONAL).getResultList();
    }

    @Override
    public Optional<ApiToken> find(UUID id) {
        return Optional.ofNullable(em().find(ApiToken.class, id));
    }

    private EntityManager em() {
        return entityManagers.tenantData();
    }
}
