package io.tacitcrm.sales.infrastructure;

import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.sales.domain.SalesTarget;
import io.tacitcrm.sales.domain.SalesTargetRepository;
import io.tacitcrm.sales.domain.StageKind;
import io.tacitcrm.sales.domain.TargetPeriod;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class JpaSalesTargetRepository implements SalesTargetRepository {

    @Inject
    TransactionEntityManagers entityManagers;

    @Override
    public Optional<SalesTarget> find(UUID id) {
        return Optional.ofNullable(em().find(SalesTarget.class, id));
    }

    @Override
    public List<SalesTarget> of(TargetPeriod period) {
        return em().createQuery("select t from SalesTarget t where t.periodKind = :kind and t.periodStart = :start",
                SalesTarget.class)
                .setParameter("kind", period.kind()).setParameter("start", period.start()).getResultList();
    }

    @Override
    public Optional<SalesTarget> find(SalesTarget.Subject subject, UUID subjectId, TargetPeriod period,
            String currency) {
        return em().createQuery("select t from SalesTarget t where t.subjectType = :type and t.subjectId = :id"
                        + " and t.periodKind = :kind and t.periodStart = :start and t.currency = :currency",
                                SalesTarget.class)
                .setParameter("type", subject).setParameter("id", subjectId).setParameter("kind", period.kind())
                .setParameter("start", period.start()).setParameter("currency", currency).getResultStream().findFirst();
    }

    @Override
    public void add(SalesTarget target) {
        em().persist(target);
    }

    @Override
    public void flush() {
        em().flush();
    }

    @Override
    public BigDecimal won(Collection<UserId> owners, String currency, Instant from, Instant to) {
        if (owners.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal sum = em().createQuery("select sum(o.amount) from Opportunity o, SalesStage s where s.id = o.stageId"
                        + " and s.kind = :won and o.ownerId in :owners and o.currency = :currency"
                        + " and o.closedAt >= :from and o.closedAt < :to", BigDecimal.class)
                .setParameter("won", StageKind.WON).setParameter("owners", owners.stream().map(UserId::value).toList())
                .setParameter("currency", currency).setParameter("from", from).setParameter("to", to).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    private EntityManager em() {
        return entityManagers.tenantData();
    }
}
