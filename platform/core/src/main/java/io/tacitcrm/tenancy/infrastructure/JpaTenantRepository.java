package io.tacitcrm.tenancy.infrastructure;

import io.tacitcrm.tenancy.domain.Tenant;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.domain.TenantRepository;
import io.tacitcrm.tenancy.domain.TenantStatus;
import io.tacitcrm.tenancy.domain.WorkspaceSlug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.LinkedHashMap;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class JpaTenantRepository implements TenantRepository {

    /** The persistence unit refuses native SQL unless a query asks (its multitenant entities turn it off). */
    private static final String NATIVE = "eclipselink.jdbc.allow-native-sql-query";

    @Inject
    TransactionEntityManagers entityManagers;

    @Override
    public Optional<Tenant> find(TenantId id) {
        return Optional.ofNullable(em().find(Tenant.class, id.value()));
    }

    @Override
    public Optional<Tenant> findBySlug(WorkspaceSlug slug) {
        return em().createQuery("select t from Tenant t where t.slug = :slug", Tenant.class)
                .setParameter("slug", slug.value())
                .getResultStream().findFirst();
    }

    @Override
    public boolean add(Tenant tenant) {
        try {
            em().persist(tenant);
            em().flush();
            return true;
        } catch (PersistenceException uniqueViolation) {
            return false;
        }
    }

    @Override
    public void recordSignIn(TenantId id, Instant at) {
        em().createNativeQuery("update tenant set last_login_at = ? where id = ?"
                        + " and (last_login_at is null or last_login_at < ?)")
                .setHint(NATIVE, true)
                .setParameter(1, Timestamp.from(at)).setParameter(2, id.value())
                .setParameter(3, Timestamp.from(at.minusSeconds(60))).executeUpdate();
    }

    @Override
    public List<TenantId> activeIds() {
        return em().createQuery("select t.id from Tenant t where t.status = :active order by t.id", UUID.class)
                .setParameter("active", TenantStatus.ACTIVE).getResultStream().map(TenantId::new).toList();
    }

    @Override
    public Map<TenantId, Long> activeRevisions() {
        Map<TenantId, Long> revisions = new LinkedHashMap<>();
        List<?> rows = em().createNativeQuery("select t.id, coalesce(a.access_revision, 0) + t.register_revision"
                + " from tenant t"
                + " left join tenant_access a on a.tenant_id = t.id where t.status = ? order by t.id")
                .setHint(NATIVE, true).setParameter(1, TenantStatus.ACTIVE.name()).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            revisions.put(new TenantId((UUID) columns[0]), ((Number) columns[1]).longValue());
        }
        return revisions;
    }

    @Override
    public long accessRevision(TenantId id) {
        return ((Number) em().createNativeQuery("select coalesce((select access_revision from tenant_access"
                + " where tenant_id = ?), 0) + coalesce((select register_revision from tenant where id = ?), 0)")
                .setHint(NATIVE, true).setParameter(1, id.value()).setParameter(2, id.value()).getSingleResult())
                .longValue();
    }

    private EntityManager em() {
        return entityManagers.global();
    }
}
