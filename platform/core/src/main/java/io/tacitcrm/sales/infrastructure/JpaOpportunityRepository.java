package io.tacitcrm.sales.infrastructure;

import io.tacitcrm.access.domain.Viewer;
import io.tacitcrm.access.infrastructure.VisibilityJpql;
import io.tacitcrm.common.persistence.JpqlCondition;
import io.tacitcrm.common.persistence.Keyset;
import io.tacitcrm.common.persistence.ListQuery;
import io.tacitcrm.sales.domain.Opportunity;
import io.tacitcrm.sales.domain.OpportunityCursor;
import io.tacitcrm.sales.domain.OpportunityId;
import io.tacitcrm.sales.domain.OpportunityQuery;
import io.tacitcrm.sales.domain.OpportunityRepository;
import io.tacitcrm.sales.domain.StageChange;
import io.tacitcrm.sales.domain.StageKind;
import io.tacitcrm.tenancy.infrastructure.TenantSql;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
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

    private static final Keyset NEWEST_FIRST = Keyset.of("o.createdAt desc", "o.id desc");

    @Inject
    TransactionEntityManagers entityManagers;
    @Inject
    TenantSql sql;

    @Override
    public Optional<Opportunity> find(OpportunityId id) {
        return Optional.ofNullable(em().find(Opportunity.class, id.value()));
    }

    @Override
    public List<Opportunity> page(OpportunityQuery query) {
        return ListQuery.select("select o from Opportunity o")
                .where(VisibilityJpql.readable("o", Opportunity.OBJECT_TYPE, query.viewer()))
                .where(query.account(), a -> JpqlCondition.of("o.accountId = :account", "account", a.value()))
                .where(query.stage(), s -> JpqlCondition.of("o.stageId = :stage", "stage", s.value()))
                .where(query.filter().owner(), o -> JpqlCondition.of("o.ownerId = :owner", "owner", o.value()))
                .where(query.filter().team(), t -> JpqlCondition.of("o.ownerId in (select m.userId from TeamMember m"
                        + " where m.teamId = :team)", "team", t.value()))
                .where(query.filter().closeFrom(), d -> JpqlCondition.of("o.closeDate >= :closeFrom", "closeFrom", d))
                .where(query.filter().closeTo(), d -> JpqlCondition.of("o.closeDate <= :closeTo", "closeTo", d))
                .where(query.filter().name(), t -> JpqlCondition.of("lower(o.name) like :name escape '!'", "name",
                        t.likePattern()))
                .where(query.changedSince(), t -> JpqlCondition.of("o.updatedAt >= :since", "since", t))
                .ordered(NEWEST_FIRST, query.after().map(OpportunityCursor::keys))
                .list(em(), Opportunity.class, query.limit() + 1);
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
        return ListQuery.select("select " + selected + " from Opportunity o")
                .where(JpqlCondition.of("o.id in :ids", "ids", ids.stream().map(OpportunityId::value).distinct()
                        .toList()))
                .where(VisibilityJpql.readable("o", Opportunity.OBJECT_TYPE, viewer)).create(em(), type);
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
    public void lockCustomerOf(Opportunity opportunity) {
        // "no key update", the lock the trigger's update and a transfer take: inserts referring to it go on
        sql.query("select 1 from account a where a.tenant_id = ? and a.id = ? for no key update", ps -> {
            ps.setObject(1, sql.tenant());
            ps.setObject(2, opportunity.account().value());
        }, TenantSql::rows);
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
