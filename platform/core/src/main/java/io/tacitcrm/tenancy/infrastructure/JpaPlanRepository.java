package io.tacitcrm.tenancy.infrastructure;

import io.tacitcrm.tenancy.domain.Plan;
import io.tacitcrm.tenancy.domain.PlanRepository;
import io.tacitcrm.tenancy.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaPlanRepository implements PlanRepository {

    @Inject
    TransactionEntityManagers entityManagers;

    @Override
    public Optional<Plan> find(String code) {
        return Optional.ofNullable(em().find(Plan.class, code));
    }

    @Override
    public List<Plan> all() {
        return em().createQuery("select p from Plan p order by p.code", Plan.class).getResultList();
    }

    @Override
    public void add(Plan plan) {
        em().persist(plan);
        em().flush();
    }

    @Override
    public Plan of(TenantId tenant) {
        return em().createQuery("select p from Plan p, Tenant t where t.id = :id and p.code = t.plan", Plan.class)
                .setParameter("id", tenant.value()).getSingleResult();
    }

    @Override
    public void assign(TenantId tenant, String code) {
        em().createNativeQuery("update tenant set plan = ?, version = version + 1 where id = ?")
                .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .setParameter(1, code).setParameter(2, tenant.value()).executeUpdate();
    }

    private EntityManager em() {
        return entityManagers.global();
    }
}
