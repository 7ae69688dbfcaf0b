package io.tacitcrm.identity.infrastructure;

import io.tacitcrm.identity.domain.ApiToken;
import io.tacitcrm.identity.domain.ApiTokenRepository;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;

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

    private EntityManager em() {
        return entityManagers.tenantData();
    }
}
