package io.tacitcrm.plugin.infrastructure;

import io.tacitcrm.access.domain.Viewer;
import io.tacitcrm.access.infrastructure.VisibilityJpql;
import io.tacitcrm.activity.domain.ActivityStatus;
import io.tacitcrm.api.figures.Breakdown;
import io.tacitcrm.api.figures.Engagement;
import io.tacitcrm.api.figures.FootprintTally;
import io.tacitcrm.api.figures.OpenDeals;
import io.tacitcrm.api.figures.Reach;
import io.tacitcrm.api.figures.ReportTally;
import io.tacitcrm.api.figures.Revenue;
import io.tacitcrm.customer.domain.Account;
import io.tacitcrm.plugin.domain.FigureQueries;
import io.tacitcrm.plugin.domain.FigureScope;
import io.tacitcrm.plugin.domain.ReportReader;
import io.tacitcrm.sales.domain.Opportunity;
import io.tacitcrm.sales.domain.StageKind;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The figures in JPQL: every query groups in the database and carries the viewer's visibility conditions, so only
 * counts and sums leave it. A footprint counts when its customer, and its deal if it has one, may be opened.
 */
@ApplicationScoped
class JpaFigureQueries implements FigureQueries {

    @Inject
    TransactionEntityManagers entityManagers;

    @Override
    public List<Revenue> won(Breakdown by, FigureScope scope, Instant from, Instant to, String currency) {
        if (scope.empty()) {
            return List.of();
        }
        serial();
        Where where = wonDeals(scope, from, to, currency);
        // id, owner, name, sum, count — a customer's owner is the customer's, not the deal's
        String jpql = switch (by) {
            case CUSTOMER -> "select o.accountId, c.ownerId, c.name, sum(o.amount), count(o) from Opportunity o,"
                    + " SalesStage s, Account c where c.id = o.accountId and " + where.jpql()
                    + " group by o.accountId, c.ownerId, c.name order by sum(o.amount) desc, o.accountId";
            case OWNER -> "select o.ownerId, o.ownerId, u.name, sum(o.amount), count(o) from Opportunity o,"
                    + " SalesStage s, User u where u.id = o.ownerId and " + where.jpql()
                    + " group by o.ownerId, u.name order by sum(o.amount) desc, o.ownerId";
        };
        List<Object[]> rows = where.bind(entityManagers.tenantData().createQuery(jpql, Object[].class)).getResultList();
        Predicate<UUID> named = by == Breakdown.OWNER ? id -> true : readableCustomers(scope, where);
        List<Revenue> revenue = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            UUID id = (UUID) row[0];
            revenue.add(new Revenue(id, Optional.of((String) row[2]).filter(n -> named.test(id)), (UUID) row[1],
                    amount(row[3]), ((Number) row[4]).intValue()));
        }
        return revenue;
    }

    /**
     * Which of the won deals' customers the viewer may open (a deal may be shared while its customer is not): all
     * when customers are open to the viewer without condition, else one more query.
     */
    private Predicate<UUID> readableCustomers(FigureScope scope, Where wonDeals) {
        Where where = new Where(wonDeals);
        String customers = where.readable("c", Account.OBJECT_TYPE, scope.customers(), "vc_");
        if (customers.isEmpty()) {
            return id -> true;
        }
        Set<UUID> readable = new HashSet<>(where.bind(entityManagers.tenantData().createQuery("select c.id"
                + " from Account c where c.id in (select o.accountId from Opportunity o, SalesStage s where "
                + wonDeals.jpql() + ")" + customers, UUID.class)).getResultList());
        return readable::contains;
    }

    private Where wonDeals(FigureScope scope, Instant from, Instant to, String currency) {
        Where where = new Where("s.id = o.stageId and s.kind = :f_won and o.currency = :f_currency"
                + " and o.closedAt >= :f_from and o.closedAt < :f_to");
        where.put("f_won", StageKind.WON).put("f_currency", currency).put("f_from", from).put("f_to", to);
        where.deals("o", scope);
        return where;
    }

    /**
     * Deals not yet closed in open stages. For a viewer who may open every deal, from the tally the database keeps
     * (a few rows per owner and stage); otherwise deal by deal with the viewer's conditions. Both count the same
     * deals: the tally is kept for every deal without a closing time.
     */
    @Override
    public List<OpenDeals> open(FigureScope scope, Optional<LocalDate> closeFrom, Optional<LocalDate> closeTo,
                                String currency) {
        if (scope.empty()) {
            return List.of();
        }
        serial();
        boolean everyDeal = VisibilityJpql.readable("o", Opportunity.OBJECT_TYPE, scope.deals()).isEmpty();
        String alias = everyDeal ? "t" : "o";
        Where where = new Where("s.id = " + alias + ".stageId and s.kind = :f_open and " + alias
                + ".currency = :f_currency");
        where.put("f_open", StageKind.OPEN).put("f_currency", currency);
        closeFrom.ifPresent(d -> where.and(alias + ".closeDate >= :f_close_from").put("f_close_from", d));
        closeTo.ifPresent(d -> where.and(alias + ".closeDate < :f_close_to").put("f_close_to", d));
        String jpql;
        if (everyDeal) {
            where.owners(alias, scope);
            jpql = "select t.stageId, t.ownerId, sum(t.deals), sum(t.amount), sum(t.amount * s.probability)"
                    + " from OpenDealTally t, SalesStage s where " + where.jpql() + " group by t.stageId, t.ownerId"
                    + " having sum(t.deals) > 0";
        } else {
            where.and("o.closedAt is null");
            where.deals(alias, scope);
            jpql = "select o.stageId, o.ownerId, count(o), sum(o.amount), sum(o.amount * s.probability)"
                    + " from Opportunity o, SalesStage s where " + where.jpql() + " group by o.stageId, o.ownerId";
        }
        List<Object[]> rows = where.bind(entityManagers.tenantData().createQuery(jpql, Object[].class))
                .getResultList();
        return rows.stream().map(r -> new OpenDeals((UUID) r[0], (UUID) r[1], ((Number) r[2]).intValue(),
                amount(r[3]), amount(r[4]).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP))).toList();
    }

    /**
     * Stage changes since {@code from}, each with the deal's owner at the time; deals are visited only to apply the
     * viewer's conditions, when there are any.
     */
    @Override
    public List<StageChangeRow> changesSince(FigureScope scope, Instant from, int limit) {
        if (scope.empty()) {
            return List.of();
        }
        serial();
        Where where = new Where("h.changedAt >= :f_from").put("f_from", from);
        String deals = where.readable("o", Opportunity.OBJECT_TYPE, scope.deals(), "vo_");
        if (!deals.isEmpty()) {
            where.and("exists (select o.id from Opportunity o where o.id = h.opportunityId" + deals + ")");
        }
        where.owners("h", scope);
        List<Object[]> rows = where.bind(entityManagers.tenantData().createQuery("select h.opportunityId,"
                + " h.ownerId, h.toStageId, h.changedAt from StageChange h where " + where.jpql()
                + " order by h.opportunityId, h.changedAt, h.id", Object[].class)).setMaxResults(limit)
                .getResultList();
        return rows.stream().map(r -> new StageChangeRow((UUID) r[0], (UUID) r[1], (UUID) r[2], (Instant) r[3]))
                .toList();
    }

    @Override
    public List<FootprintTally> footprints(FigureScope scope, Instant from, Instant to) {
        if (scope.empty()) {
            return List.of();
        }
        serial();
        Where where = footprintsBetween(scope, from, to);
        List<Object[]> rows = where.bind(entityManagers.tenantData().createQuery("select a.ownerId, a.type,"
                + " a.status, count(a) from Activity a where " + where.jpql()
                + " group by a.ownerId, a.type, a.status", Object[].class)).getResultList();
        return rows.stream().map(r -> new FootprintTally((UUID) r[0], ((Enum<?>) r[1]).name(),
                ((Enum<?>) r[2]).name(), ((Number) r[3]).longValue())).toList();
    }

    @Override
    public List<Reach> reach(FigureScope scope, Instant from, Instant to) {
        if (scope.empty()) {
            return List.of();
        }
        serial();
        Where where = footprintsBetween(scope, from, to);
        where.and("a.status = :f_done").put("f_done", ActivityStatus.DONE);
        List<Object[]> rows = where.bind(entityManagers.tenantData().createQuery("select a.ownerId,"
                + " count(distinct a.accountId) from Activity a where " + where.jpql() + " group by a.ownerId",
                Object[].class)).getResultList();
        return rows.stream().map(r -> new Reach((UUID) r[0], ((Number) r[1]).intValue())).toList();
    }

    private Where footprintsBetween(FigureScope scope, Instant from, Instant to) {
        Where where = new Where("a.occurredAt >= :f_from and a.occurredAt < :f_to").put("f_from", from)
                .put("f_to", to);
        where.footprints(scope);
        where.owners("a", scope);
        return where;
    }

    @Override
    public List<Engagement> engagement(FigureScope scope, Collection<UUID> customerIds, Instant since) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        serial();
        List<UUID> ids = customerIds.stream().distinct().toList();
        // each customer's newest done footprint, read from the newest end of its index, for the customers the
        // viewer may open — one query for both
        Where open = new Where("c.id in :f_ids").put("f_ids", ids).put("f_done", ActivityStatus.DONE);
        String customers = open.readable("c", Account.OBJECT_TYPE, scope.customers(), "vc_");
        Where newest = new Where("a.accountId = c.id and a.status = :f_done");
        newest.dealOfFootprint(scope);
        open.parameters.putAll(newest.parameters);
        Map<UUID, Optional<Instant>> last = new HashMap<>();
        open.bind(entityManagers.tenantData().createQuery("select c.id, (select max(a.occurredAt) from Activity a"
                + " where " + newest.jpql() + ") from Account c where " + open.jpql() + customers, Object[].class))
                .getResultList().forEach(r -> last.put((UUID) r[0], instant(r[1])));
        if (last.isEmpty()) {
            return List.of();
        }
        Where engaged = new Where("a.accountId in :f_ids and a.status = :f_done and a.occurredAt >= :f_since"
                + " and a.contactId is not null").put("f_ids", List.copyOf(last.keySet()))
                .put("f_done", ActivityStatus.DONE).put("f_since", since);
        engaged.dealOfFootprint(scope);
        Map<UUID, Integer> contacts = new HashMap<>();
        engaged.bind(entityManagers.tenantData().createQuery("select a.accountId, count(distinct a.contactId)"
                + " from Activity a where " + engaged.jpql() + " group by a.accountId", Object[].class))
                .getResultList().forEach(r -> contacts.put((UUID) r[0], ((Number) r[1]).intValue()));
        return ids.stream().filter(last::containsKey).map(id -> new Engagement(id, last.get(id),
                contacts.getOrDefault(id, 0))).toList();
    }

    @Override
    public List<ReportTally> dailyReports(FigureScope scope, ReportReader reader, LocalDate from, LocalDate to) {
        if (scope.empty()) {
            return List.of();
        }
        serial();
        Where where = new Where("r.reportDate >= :f_from and r.reportDate < :f_to").put("f_from", from)
                .put("f_to", to);
        if (!reader.everyone()) {
            where.and("(r.authorId = :f_reader" + reader.belowPath().map(path -> " or r.authorId in (select f_u.id"
                    + " from User f_u, Role f_r where f_u.roleId = f_r.id and f_r.path like :f_below)").orElse("")
                    + ")").put("f_reader", reader.user());
            reader.belowPath().ifPresent(path -> where.put("f_below", path + "_%"));
        }
        where.owners("r", "authorId", scope);
        List<Object[]> rows = where.bind(entityManagers.tenantData().createQuery("select r.authorId, count(r)"
                + " from DailyReport r where " + where.jpql() + " group by r.authorId", Object[].class))
                .getResultList();
        return rows.stream().map(r -> new ReportTally((UUID) r[0], ((Number) r[1]).intValue())).toList();
    }

    /**
     * The figures' reads run on one core each: PostgreSQL would otherwise add parallel workers to a large
     * aggregate, which on a small server take the cores other companies' requests need — measured on two cores, the
     * single-process plan was no slower.
     */
    private void serial() {
        serial(entityManagers.tenantData());
    }

    static void serial(EntityManager entityManager) {
        entityManager.createNativeQuery("set local max_parallel_workers_per_gather = 0").executeUpdate();
    }

    /** A select-clause subquery's time comes back as the driver gives it, without the mapped attribute's conversion. */
    private static Optional<Instant> instant(Object value) {
        return switch (value) {
            case null -> Optional.empty();
            case Timestamp timestamp -> Optional.of(timestamp.toInstant());
            case OffsetDateTime time -> Optional.of(time.toInstant());
            default -> Optional.of((Instant) value);
        };
    }

    private static BigDecimal amount(Object sum) {
        return sum == null ? BigDecimal.ZERO.setScale(2) : ((BigDecimal) sum).setScale(2, RoundingMode.HALF_UP);
    }
}
