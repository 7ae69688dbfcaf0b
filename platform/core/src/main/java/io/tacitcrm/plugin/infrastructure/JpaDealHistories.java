package io.tacitcrm.plugin.infrastructure;

import io.tacitcrm.activity.domain.ActivityStatus;
import io.tacitcrm.api.figures.DealHistory.Footprint;
import io.tacitcrm.api.figures.DealHistory.Visit;
import io.tacitcrm.api.figures.DealHistory;
import io.tacitcrm.api.records.Outcome;
import io.tacitcrm.common.persistence.InLists;
import io.tacitcrm.plugin.domain.DealHistories;
import io.tacitcrm.plugin.domain.FigureScope;
import io.tacitcrm.sales.domain.StageKind;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Histories a chunk of deals at a time: the deals in id order (keyset, with the viewer's conditions), then their
 * stage changes and done footprints by the chunk's ids — three index-driven reads per chunk, so memory stays bounded
 * however many deals a company has.
 */
@ApplicationScoped
class JpaDealHistories implements DealHistories {

    static final int CHUNK = 2_000;

    @Inject
    TransactionEntityManagers entityManagers;

    @Override
    public long stream(FigureScope scope, Selection which, Consumer<DealHistory> each) {
        if (scope.empty()) {
            return 0;
        }
        EntityManager em = entityManagers.tenantData();
        JpaFigureQueries.serial(em);
        long handed = 0;
        Optional<UUID> after = Optional.empty();
        // a customer's people recur in its many deals, chunk after chunk: each person's role is read once
        Map<UUID, Optional<String>> roles = new HashMap<>();
        while (true) {
            List<Object[]> deals = deals(em, scope, which, after);
            if (deals.isEmpty()) {
                return handed;
            }
            List<UUID> ids = deals.stream().map(r -> (UUID) r[0]).toList();
            Map<UUID, List<Visit>> visits = visits(em, ids);
            Map<UUID, List<Footprint>> footprints = footprints(em, scope, ids, roles);
            for (Object[] row : deals) {
                UUID id = (UUID) row[0];
                each.accept(new DealHistory(id, (UUID) row[1], (UUID) row[2], Outcome.valueOf(((Enum<?>) row[3])
                        .name()), Optional.ofNullable((Instant) row[4]), visits.getOrDefault(id, List.of()),
                        footprints.getOrDefault(id, List.of())));
                handed++;
            }
            if (deals.size() < CHUNK) {
                return handed;
            }
            after = Optional.of(ids.getLast());
        }
    }

    @Override
    public long count(FigureScope scope, Selection which) {
        if (scope.empty()) {
            return 0;
        }
        EntityManager em = entityManagers.tenantData();
        JpaFigureQueries.serial(em);
        Where where = selected(scope, which, Optional.empty());
        return where.bind(em.createQuery("select count(o) from Opportunity o, SalesStage s where " + where.jpql(),
                Long.class)).getSingleResult();
    }

    private static List<Object[]> deals(EntityManager em, FigureScope scope, Selection which, Optional<UUID> after) {
        Where where = selected(scope, which, after);
        return where.bind(em.createQuery("select o.id, o.ownerId, o.accountId, s.kind, o.closedAt"
                + " from Opportunity o, SalesStage s where " + where.jpql() + " order by o.id", Object[].class))
                .setMaxResults(CHUNK).getResultList();
    }

    private static Where selected(FigureScope scope, Selection which, Optional<UUID> after) {
        Where where = new Where("s.id = o.stageId");
        switch (which) {
            case Selection.Closed c -> where.and("o.closedAt >= :f_from and o.closedAt < :f_to")
                    .and("s.kind <> :f_open").put("f_from", c.from()).put("f_to", c.to())
                    .put("f_open", StageKind.OPEN);
            case Selection.Open o -> where.and("o.closedAt is null and s.kind = :f_open")
                    .put("f_open", StageKind.OPEN);
            case Selection.One one -> where.and("o.id = :f_id").put("f_id", one.opportunityId());
        }
        after.ifPresent(id -> where.and("o.id > :f_after").put("f_after", id));
        where.deals("o", scope);
        return where;
    }

    private static Map<UUID, List<Visit>> visits(EntityManager em, List<UUID> ids) {
        Map<UUID, List<Visit>> visits = new HashMap<>();
        Where where = new Where("h.opportunityId in :f_ids").put("f_ids", ids);
        where.bind(em.createQuery("select h.opportunityId, h.toStageId, h.changedAt, h.ownerId from StageChange h"
                + " where " + where.jpql() + " order by h.opportunityId, h.changedAt, h.id", Object[].class))
                .getResultList()
                .forEach(r -> visits.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                        .add(new Visit((UUID) r[1], (Instant) r[2], (UUID) r[3])));
        return visits;
    }

    /**
     * The chunk's done footprints from the deal index alone, then the decision roles of the people in them — one
     * look-up per person rather than a join per footprint (which the planner would hash over every contact).
     */
    private static Map<UUID, List<Footprint>> footprints(EntityManager em, FigureScope scope, List<UUID> ids,
                                                         Map<UUID, Optional<String>> roles) {
        Where where = new Where("a.opportunityId in :f_ids and a.status = :f_done").put("f_ids", ids)
                .put("f_done", ActivityStatus.DONE);
        where.customerOfFootprint(scope);
        List<Object[]> rows = where.bind(em.createQuery("select a.opportunityId, a.type, a.occurredAt, a.contactId"
                + " from Activity a where " + where.jpql() + " order by a.opportunityId, a.occurredAt",
                Object[].class)).getResultList();
        readRoles(em, rows.stream().map(r -> (UUID) r[3]).filter(Objects::nonNull).distinct()
                .filter(c -> !roles.containsKey(c)).toList(), roles);
        Map<UUID, List<Footprint>> footprints = new HashMap<>();
        for (Object[] r : rows) {
            Optional<UUID> contact = Optional.ofNullable((UUID) r[3]);
            footprints.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(new Footprint(
                    ((Enum<?>) r[1]).name(), (Instant) r[2], contact, contact.flatMap(roles::get)));
        }
        return footprints;
    }

    /** The roles of these people into {@code roles}; a person without one, or unknown, as empty. */
    private static void readRoles(EntityManager em, List<UUID> contacts, Map<UUID, Optional<String>> roles) {
        contacts.forEach(c -> roles.put(c, Optional.empty()));
        InLists.collect(contacts, slice -> {
            Where where = new Where("c.id in :f_ids and c.decisionRole is not null").put("f_ids", slice);
            return where.bind(em.createQuery("select c.id, c.decisionRole from Contact c where " + where.jpql(),
                    Object[].class)).getResultList();
        }).forEach(r -> roles.put((UUID) r[0], Optional.of(((Enum<?>) r[1]).name())));
    }
}
