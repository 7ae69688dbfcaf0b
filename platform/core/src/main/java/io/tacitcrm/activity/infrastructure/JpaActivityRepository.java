package io.tacitcrm.activity.infrastructure;

import io.tacitcrm.activity.domain.Activity;
import io.tacitcrm.activity.domain.ActivityId;
import io.tacitcrm.activity.domain.ActivityQuery;
import io.tacitcrm.activity.domain.ActivityRepository;
import io.tacitcrm.activity.domain.ActivityStatus;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class JpaActivityRepository implements ActivityRepository {

    @Inject
    TransactionEntityManagers entityManagers;

    @Override
    public List<Activity> overdue(UserId owner, Instant before, int limit) {
        return em().createQuery("select a from Activity a where a.ownerId = :owner and a.status = :planned"
                        + " and a.occurredAt < :before order by a.occurredAt, a.id", Activity.class)
                .setParameter("owner", owner.value()).setParameter("planned", ActivityStatus.PLANNED)
                .setParameter("before", before).setHint("eclipselink.read-only", "true").setMaxResults(limit)
                .getResultList();
    }

    @Override
    public long countOverdue(UserId owner, Instant before) {
        return em().createQuery("select count(a) from Activity a where a.ownerId = :owner and a.status = :planned"
                        + " and a.occurredAt < :before", Long.class)
                .setParameter("owner", owner.value()).setParameter("planned", ActivityStatus.PLANNED)
                .setParameter("before", before).getSingleResult();
    }

    @Override
    public Optional<Activity> find(ActivityId id) {
        return Optional.ofNullable(em().find(Activity.class, id.value()));
    }

    @Override
    public List<Activity> page(ActivityQuery query) {
        List<String> where = new ArrayList<>();
        query.account().ifPresent(a -> where.add("a.accountId = :account"));
        query.opportunity().ifPresent(o -> where.add("a.opportunityId = :opportunity"));
        query.owners().ifPresent(o -> where.add("a.ownerId in :owners"));
        query.from().ifPresent(f -> where.add("a.occurredAt >= :from"));
        query.to().ifPresent(t -> where.add("a.occurredAt < :to"));
        query.after().ifPresent(c
                -> where.add("a.occurredAt <= :key and (a.occurredAt < :key or (a.occurredAt = :key and a.id < :id))"));
        TypedQuery<Activity> q = em().createQuery("select a from Activity a"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by a.occurredAt desc, a.id desc", Activity.class).setHint("eclipselink.read-only", "true");
        query.account().ifPresent(a -> q.setParameter("account", a.value()));
        query.opportunity().ifPresent(o -> q.setParameter("opportunity", o.value()));
        query.owners().ifPresent(o -> q.setParameter("owners", o.stream().map(UserId::value).toList()));
        query.from().ifPresent(f -> q.setParameter("from", f));
        query.to().ifPresent(t -> q.setParameter("to", t));
        query.after().ifPresent(c -> q.setParameter("key", c.occurredAt()).setParameter("id", c.id()));
        return q.setMaxResults(query.limit() + 1).getResultList();
    }

    @Override
    public void add(Activity activity) {
        em().persist(activity);
    }

    @Override
    public void remove(Activity activity) {
        em().remove(activity);
    }

    @Override
    public void flush() {
        em().flush();
    }

    private EntityManager em() {
        return entityManagers.tenantData();
    }
}
