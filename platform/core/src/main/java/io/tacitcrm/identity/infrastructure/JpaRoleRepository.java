package io.tacitcrm.identity.infrastructure;

import io.tacitcrm.identity.domain.Grants;
import io.tacitcrm.identity.domain.Role;
import io.tacitcrm.identity.domain.RoleId;
import io.tacitcrm.identity.domain.RolePath;
import io.tacitcrm.identity.domain.RoleRepository;
import io.tacitcrm.identity.domain.SubtreeGrants;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaRoleRepository implements RoleRepository {

    @Inject
    TransactionEntityManagers entityManagers;

    @Override
    public Optional<Role> find(RoleId id) {
        return Optional.ofNullable(em().find(Role.class, id.value()));
    }

    /** Grouped by the stored permission strings: a handful of distinct rows even for thousands of roles. */
    @Override
    public SubtreeGrants grantsOf(Role root) {
        List<Object[]> rows = em()
                .createQuery("select r.permissions, count(r) from Role r where r.path like :prefix group by "
                        + "r.permissions",
                        Object[].class)
                .setParameter("prefix", root.path().value() + "%")
                .getResultList();
        Grants permissions = Grants.NONE;
        long count = 0;
        for (Object[] row : rows) {
            permissions = permissions.plus(Grants.decode((String) row[0]));
            count += ((Number) row[1]).longValue();
        }
        return new SubtreeGrants(permissions, count);
    }

    @Override
    public List<Role> all() {
        return em().createQuery("select r from Role r order by r.createdAt, r.name", Role.class).getResultList();
    }

    @Override
    public long countChildren(RoleId role) {
        return em().createQuery("select count(r) from Role r where r.parentId = :parent", Long.class)
                .setParameter("parent", role.value()).getSingleResult();
    }

    @Override
    public void movePaths(RolePath oldPath, RolePath newPath, int depthDelta) {
        em().flush();
        em().createQuery("update Role r set r.path = concat(:newPath, substring(r.path, :cut)), r.depth = r.depth + "
                + ":delta"
                        + " where r.path like :old")
                .setParameter("newPath", newPath.value())
                .setParameter("cut", oldPath.value().length() + 1)
                .setParameter("delta", depthDelta)
                .setParameter("old", oldPath.value() + "%")
                .executeUpdate();
    }

    @Override
    public void remove(Role role) {
        em().remove(role);
    }

    @Override
    public void add(Role role) {
        em().persist(role);
    }

    private EntityManager em() {
        return entityManagers.tenantData();
    }
}
