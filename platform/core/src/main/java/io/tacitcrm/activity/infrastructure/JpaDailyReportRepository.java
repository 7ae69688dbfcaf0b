package io.tacitcrm.activity.infrastructure;

import io.tacitcrm.activity.domain.ActivityStatus;
import io.tacitcrm.activity.domain.DailyReport;
import io.tacitcrm.activity.domain.DailyReportRepository;
import io.tacitcrm.activity.domain.DaySummary;
import io.tacitcrm.activity.domain.ReportComment;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.sales.domain.ActivityType;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

@ApplicationScoped
class JpaDailyReportRepository implements DailyReportRepository {

    @Inject
    TransactionEntityManagers entityManagers;

    @Override
    public Optional<DailyReport> find(UUID id) {
        return Optional.ofNullable(em().find(DailyReport.class, id));
    }

    @Override
    public Optional<DailyReport> of(UserId author, LocalDate date) {
        return em().createQuery("select r from DailyReport r where r.authorId = :author and r.reportDate = :date",
                DailyReport.class)
                .setParameter("author", author.value()).setParameter("date", date).getResultStream().findFirst();
    }

    @Override
    public List<DailyReport> between(Collection<UserId> authors, LocalDate from, LocalDate to, int limit) {
        if (authors.isEmpty()) {
            return List.of();
        }
        return em()
                .createQuery("select r from DailyReport r where r.authorId in :authors and r.reportDate between "
                        + ":from and :to"
                        + " order by r.reportDate desc, r.submittedAt desc", DailyReport.class)
                .setParameter("authors", authors.stream().map(UserId::value).toList())
                .setParameter("from", from).setParameter("to", to).setMaxResults(limit).getResultList();
    }

    @Override
    public void add(DailyReport report) {
        em().persist(report);
    }

    @Override
    public void add(ReportComment comment) {
        em().persist(comment);
    }

    @Override
    public Map<UUID, List<ReportComment>> comments(Collection<UUID> reports) {
        if (reports.isEmpty()) {
            return Map.of();
        }
        return em()
                .createQuery("select c from ReportComment c where c.reportId in :reports order by c.createdAt, c.id",
                ReportComment.class)
                .setParameter("reports", List.copyOf(reports)).getResultList().stream()
                .collect(Collectors.groupingBy(ReportComment::reportId));
    }

    @Override
    public DaySummary summarize(UserId owner, Instant from, Instant to) {
        List<Object[]> rows = em()
                .createQuery("select a.type, a.status, count(a) from Activity a where a.ownerId = :owner"
                        + " and a.occurredAt >= :from and a.occurredAt < :to group by a.type, a.status", Object[].class)
                .setParameter("owner", owner.value()).setParameter("from", from).setParameter("to", to).getResultList();
        Map<ActivityType, Integer> done = new EnumMap<>(ActivityType.class);
        Map<ActivityType, Integer> planned = new EnumMap<>(ActivityType.class);
        for (Object[] row : rows) {
            (row[1] == ActivityStatus.DONE ? done : planned).put((ActivityType) row[0], ((Number) row[2]).intValue());
        }
        Number customers = em()
                .createQuery("select count(distinct a.accountId) from Activity a where a.ownerId = :owner"
                        + " and a.occurredAt >= :from and a.occurredAt < :to", Number.class)
                .setParameter("owner", owner.value()).setParameter("from", from).setParameter("to", to)
                        .getSingleResult();
        return new DaySummary(done, planned, customers.intValue());
    }

    @Override
    public void flush() {
        em().flush();
    }

    private EntityManager em() {
        return entityManagers.tenantData();
    }
}
