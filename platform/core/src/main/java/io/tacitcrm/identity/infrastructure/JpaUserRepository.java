package io.tacitcrm.identity.infrastructure;

import io.tacitcrm.identity.domain.EmailAddress;
import io.tacitcrm.identity.domain.RoleId;
import io.tacitcrm.identity.domain.RolePath;
import io.tacitcrm.identity.domain.User;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.domain.UserRepository;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaUserRepository implements UserRepository {

    @Inject
    TransactionEntityManagers entityManagers;

    @Override
    public Optional<User> find(UserId id) {
        return Optional.ofNullable(em().find(User.class, id.value()));
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return em().createQuery("select u from User u where u.email = :email", User.class)
                .setParameter("email", email.value())
                .getResultStream().findFirst();
    }

    @Override
    public List<User> findAll(Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em().createQuery("select u from User u where u.id in :ids", User.class)
                .setParameter("ids", ids.stream().map(UserId::value).toList())
                .getResultList();
    }

    @Override
    public long countWithRole(RoleId role) {
        return em().createQuery("select count(u) from User u where u.roleId = :role", Long.class)
                .setParameter("role", role.value()).getSingleResult();
    }

    @Override
    public List<User> all() {
        return em().createQuery("select u from User u order by u.name, u.email", User.class).getResultList();
    }

    @Override
    public List<User> allActive() {
        return em().createQuery("select u from User u where u.active = true order by u.name", User.class)
                .getResultList();
    }

    @Override
    public void add(User user) {
        em().persist(user);
    }

    @Override
    public long countOutside(UserId me, RolePath path) {
        // Role paths hold only hex digits, hyphens and slashes: no LIKE wildcards to escape.
        return em().createQuery("select count(u) from User u where u.id <> :me and (u.roleId is null"
                        + " or u.roleId not in (select r.id from Role r where r.path like :below))", Long.class)
                .setParameter("me", me.value()).setParameter("below", path.value() + "_%").getSingleResult();
    }

    private EntityManager em() {
        return entityManagers.tenantData();
    }
}
