package io.tacitcrm.access.infrastructure;

import io.tacitcrm.access.domain.SharingRule;
import io.tacitcrm.access.domain.SharingRuleRepository;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class JpaSharingRuleRepository implements SharingRuleRepository {

    @Inject
    TransactionEntityManagers entityManagers;

    @Override
    public List<SharingRule> all() {
        return em().createQuery("select r from SharingRule r order by r.name, r.id", SharingRule.class).getResultList();
    }

    @Override
    public List<SharingRule> forObject(String objectType) {
        return em().createQuery("select r from SharingRule r where r.objectType = :type order by r.name, r.id",
                SharingRule.class)
                .setParameter("type", objectType).getResultList();
    }

    @Override
    public Optional<SharingRule> find(UUID id) {
        return Optional.ofNullable(em().find(SharingRule.class, id));
    }

    @Override
    public List<SharingRule> naming(UUID sourceOrGrantee) {
        return em().createQuery("select r from SharingRule r where r.sourceId = :id or r.granteeId = :id",
                SharingRule.class)
                .setParameter("id", sourceOrGrantee).getResultList();
    }

    @Override
    public void add(SharingRule rule) {
        em().persist(rule);
    }

    @Override
    public void remove(SharingRule rule) {
        em().remove(rule);
    }

    private EntityManager em() {
        return entityManagers.tenantData();
    }
}
