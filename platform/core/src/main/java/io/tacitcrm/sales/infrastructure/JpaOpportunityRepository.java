package io.tacitcrm.sales.infrastructure;

import io.tacitcrm.access.domain.Viewer;
import io.tacitcrm.access.infrastructure.VisibilityJpql;
import io.tacitcrm.sales.domain.Opportunity;
import io.tacitcrm.sales.domain.OpportunityId;
import io.tacitcrm.sales.domain.OpportunityQuery;
import io.tacitcrm.sales.domain.OpportunityRepository;
import io.tacitcrm.sales.domain.StageChange;
import io.tacitcrm.sales.domain.StageKind;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
class JpaOpportunityRepository implements OpportunityRepository {

    @Inject
    TransactionEntityManagers entityManagers;

    @Override
    public Optional<Opportunity> find(OpportunityId id) {
        return Optional.ofNullable(em().find(Opportunity.class, id.value()));
    }

    @Override
    public List<Opportunity> page(OpportunityQuery query) {
        Optional<VisibilityJpql.Condition> visible = VisibilityJpql.readable("o", Opportunity.OBJECT_TYPE,
                query.viewer());
        List<String> where = new ArrayList<>();
        visible.ifPresent(c -> where.add(c.jpql()));
        query.account().ifPresent(a -> where.add("o.accountId = :account"));
        query.stage().ifPresent(s -> where.add("o.stageId = :stage"));
        query.owner().ifPresent(o -> where.add("o.ownerId = :owner"));
        query.changedSince().ifPresent(t -> where.add("o.updatedAt >= :since"));
        query.after().ifPresent(c
                -> where.add("o.createdAt <= :key and (o.createdAt < :key or (o.createdAt = :key and o.id < :id))"));
        TypedQuery<Opportunity> q = em().createQuery("select o from Opportunity o"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by o.createdAt desc, o.id desc", Opportunity.class).setHint("eclipselink.read-only", "true");
        visible.ifPresent(c -> c.bind(q));
        query.account().ifPresent(a -> q.setParameter("account", a.value()));
        query.stage().ifPresent(s -> q.setParameter("stage", s.value()));
        query.owner().ifPresent(o -> q.setParameter("owner", o.value()));
        query.changedSince().ifPresent(t -> q.setParameter("since", t));
        query.after().ifPresent(c -> q.setParameter("key", c.createdAt()).setParameter("id", c.id()));
        return q.setMaxResults(query.limit() + 1).getResultList();
    }

    @Override
    public Set<OpportunityId> readableAmong(Collection<OpportunityId> ids, Viewer viewer) {
        return ids.isEmpty() ? Set.of() : among("o.id", UUID.class, ids, viewer).getResultList()
                .stream().map(OpportunityId::new).collect(Collectors.toSet());
    }

    @Override
    public List<Opportunity> readable(Collection<OpportunityId> ids,
                                      Viewer viewer) {
        return ids.isEmpty() ? List.of() : among("o", Opportunity.class, ids, viewer).getResultList();
    }

    private <T> TypedQuery<T> among(String selected, Class<T> type, Collection<OpportunityId> ids,
                                    Viewer viewer) {
        Optional<VisibilityJpql.Condition> visible = VisibilityJpql.readable("o", Opportunity.OBJECT_TYPE, viewer);
        TypedQuery<T> q = em().createQuery("select " + selected + " from Opportunity o where o.id in :ids"
                + visible.map(c -> " and " + c.jpql()).orElse(""), type)
                .setParameter("ids", ids.stream().map(OpportunityId::value).distinct().toList())
                .setHint("eclipselink.read-only", "true");
        visible.ifPresent(c -> c.bind(q));
        return q;
    }

    @Override
    public Map<StageKind, Long> countByStageKind(Collection<OpportunityId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<StageKind, Long> counts = new EnumMap<>(StageKind.class);
        em().createQuery("select s.kind, count(o) from Opportunity o, SalesStage s where s.id = o.stageId and o.id "
                + "in :ids"
                        + " group by s.kind", Object[].class)
                .setParameter("ids", ids.stream().map(OpportunityId::value).toList())
                .getResultList().forEach(row -> counts.put((StageKind) row[0], (Long) row[1]));
        return counts;
    }

    @Override
    public void add(Opportunity opportunity) {
        em().persist(opportunity);
    }

    @Override
    public void remove(Opportunity opportunity) {
        em().remove(opportunity);
    }

    @Override
    public void record(StageChange change) {
        em().persist(change);
    }

    @Override
    public List<StageChange> history(OpportunityId id) {
        return em().createQuery("select c from StageChange c where c.opportunityId = :id order by c.changedAt, c.id",
                StageChange.class)
                .setParameter("id", id.value()).getResultList();
    }

    @Override
    public void flush() {
        em().flush();
    }

    private EntityManager em() {
        return entityManagers.tenantData();
    }
}
