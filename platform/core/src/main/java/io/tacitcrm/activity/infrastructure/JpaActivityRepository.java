package io.tacitcrm.activity.infrastructure;

import io.tacitcrm.activity.domain.Activity;
import io.tacitcrm.activity.domain.ActivityCursor;
import io.tacitcrm.activity.domain.ActivityId;
import io.tacitcrm.activity.domain.ActivityQuery;
import io.tacitcrm.activity.domain.ActivityRepository;
import io.tacitcrm.activity.domain.ActivityStatus;
import io.tacitcrm.common.persistence.JpqlCondition;
import io.tacitcrm.common.persistence.Keyset;
import io.tacitcrm.common.persistence.ListQuery;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
class JpaActivityRepository implements ActivityRepository {

    private static final Keyset LATEST_FIRST = Keyset.of("a.occurredAt desc", "a.id desc");

    @Inject
    TransactionEntityManagers entityManagers;

    @Override
    public List<Activity> overdue(UserId owner, Instant before, int limit) {
        return ListQuery.select("select a from Activity a")
                .where(new JpqlCondition("a.ownerId = :owner and a.status = :planned and a.occurredAt < :before",
                        Map.of("owner", owner.value(), "planned", ActivityStatus.PLANNED, "before", before)))
                .ordered(Keyset.of("a.occurredAt", "a.id"), Optional.empty()).list(em(), Activity.class, limit);
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
        return ListQuery.select("select a from Activity a")
                .where(query.account(), a -> JpqlCondition.of("a.accountId = :account", "account", a.value()))
                .where(query.opportunity(), o -> JpqlCondition.of("a.opportunityId = :opportunity", "opportunity",
                        o.value()))
                .where(query.owners(), o -> JpqlCondition.of("a.ownerId in :owners", "owners", o.stream()
                        .map(UserId::value).toList()))
                .where(query.from(), f -> JpqlCondition.of("a.occurredAt >= :from", "from", f))
                .where(query.to(), t -> JpqlCondition.of("a.occurredAt < :to", "to", t))
                .ordered(LATEST_FIRST, query.after().map(ActivityCursor::keys))
                .list(em(), Activity.class, query.limit() + 1);
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
