package io.tacitcrm.identity.infrastructure;

import io.tacitcrm.identity.domain.Role;
import io.tacitcrm.identity.domain.RoleId;
import io.tacitcrm.identity.domain.RoleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.tacitcrm.common.infrastructure.TransactionEntityManagers;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class JpaRoleRepository implements RoleRepository {

    @Inject
    TransactionEntityManagers entityManagers;

    @Override
    public Optional<Role> find(RoleId id) {
        return Optional.ofNullable(em().find(Role.class, id.value()));
    }

    /** Walks the tree one level per query: role trees are shallow (tens of levels at most), wide ones cost no more. */
    @Override
    public List<Role> subtree(RoleId root) {
        List<Role> result = new ArrayList<>();
        find(root).ifPresent(result::add);
        List<UUID> frontier = result.stream().map(r -> r.id().value()).toList();
        while (!frontier.isEmpty()) {
            List<Role> children = em().createQuery("select r from Role r where r.parentId in :parents", Role.class)
                    .setParameter("parents", frontier)
                    .getResultList();
            result.addAll(children);
            frontier = children.stream().map(r -> r.id().value()).toList();
        }
        return result;
    }

    @Override
    public List<Role> all() {
        return em().createQuery("select r from Role r order by r.createdAt, r.name", Role.class).getResultList();
    }

    @Override
    public void add(Role role) {
        em().persist(role);
    }

    private EntityManager em() {
        return entityManagers.tenantData();
    }
}
