package io.tacitcrm.identity.infrastructure;

import io.tacitcrm.identity.domain.AccountLink;
import io.tacitcrm.identity.domain.AccountLinkRepository;
import io.tacitcrm.identity.domain.LinkPurpose;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaAccountLinkRepository implements AccountLinkRepository {

    @Inject
    TransactionEntityManagers entityManagers;

    @Override
    public void add(AccountLink link) {
        em().persist(link);
    }

    @Override
    public Optional<AccountLink> findBySecretHash(String secretHash) {
        return em().createQuery("select l from AccountLink l where l.secretHash = :hash", AccountLink.class)
                .setParameter("hash", secretHash).getResultStream().findFirst();
    }

    @Override
    public List<AccountLink> unspent(UserId user, LinkPurpose purpose) {
        return em().createQuery("select l from AccountLink l where l.userId = :user and l.purpose = :purpose"
                        + " and l.usedAt is null", AccountLink.class)
                .setParameter("user", user.value()).setParameter("purpose", purpose).getResultList();
    }

    private EntityManager em() {
        return entityManagers.tenantData();
    }
}
