package io.tacitcrm.sales.infrastructure;

import io.tacitcrm.sales.domain.CloseReason;
import io.tacitcrm.sales.domain.CloseReasonRepository;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class JpaCloseReasonRepository implements CloseReasonRepository {

    @Inject
    TransactionEntityManagers entityManagers;

    @Override
    public List<CloseReason> all() {
        return em().createQuery("select r from CloseReason r order by r.position, r.label", CloseReason.class)
                .getResultList();
    }

    @Override
    public Optional<CloseReason> find(UUID id) {
        return Optional.ofNullable(em().find(CloseReason.class, id));
    }

    @Override
    public void add(CloseReason reason) {
        em().persist(reason);
    }

    private EntityManager em() {
        return entityManagers.tenantData();
    }
}
