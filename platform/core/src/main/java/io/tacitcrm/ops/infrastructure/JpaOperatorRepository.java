package io.tacitcrm.ops.infrastructure;

import io.tacitcrm.ops.domain.Operator;
import io.tacitcrm.ops.domain.OperatorAuditEntry;
import io.tacitcrm.ops.domain.OperatorAuditQuery;
import io.tacitcrm.ops.domain.OperatorId;
import io.tacitcrm.ops.domain.OperatorRepository;
import io.tacitcrm.ops.domain.OperatorToken;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
class JpaOperatorRepository implements OperatorRepository {

    @Inject
    TransactionEntityManagers entityManagers;

    @Override
    public Optional<Operator> find(OperatorId id) {
        return Optional.ofNullable(em().find(Operator.class, id.value()));
    }

    @Override
    public Optional<Operator> findByEmail(String email) {
        return em().createQuery("select o from Operator o where lower(o.email) = :email", Operator.class)
                .setParameter("email", email.strip().toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }

    @Override
    public boolean any() {
        return !em().createQuery("select o.id from Operator o", Object.class).setMaxResults(1).getResultList()
                .isEmpty();
    }

    @Override
    public void lockForBootstrap() {
        em().createNativeQuery("select pg_advisory_xact_lock(7140000000000000017)")
                .setHint("eclipselink.jdbc.allow-native-sql-query", true).getSingleResult();
    }

    @Override
    public boolean add(Operator operator) {
        try {
            em().persist(operator);
            em().flush();
            return true;
        } catch (PersistenceException taken) {
            return false;
        }
    }

    @Override
    public List<Operator> all() {
        return em().createQuery("select o from Operator o order by lower(o.email)", Operator.class).getResultList();
    }

    @Override
    public Optional<OperatorToken> tokenByHash(String secretHash) {
        return em().createQuery("select k from OperatorToken k where k.secretHash = :hash", OperatorToken.class)
                .setParameter("hash", secretHash).getResultStream().findFirst();
    }

    @Override
    public void addToken(OperatorToken token) {
        em().persist(token);
    }

    @Override
    public void append(OperatorAuditEntry entry) {
        em().persist(entry);
    }

    @Override
    public List<OperatorAuditEntry> audit(OperatorAuditQuery query) {
        StringBuilder jpql = new StringBuilder("select e from OperatorAuditEntry e where 1 = 1");
        query.tenant().ifPresent(t -> jpql.append(" and e.tenantId = :tenant"));
        query.after().ifPresent(c -> jpql.append(" and (e.at < :at or (e.at = :at and e.id < :id))"));
        jpql.append(" order by e.at desc, e.id desc");
        TypedQuery<OperatorAuditEntry> q = em().createQuery(jpql.toString(), OperatorAuditEntry.class);
        query.tenant().ifPresent(t -> q.setParameter("tenant", t.value()));
        query.after().ifPresent(c -> q.setParameter("at", c.at()).setParameter("id", c.id()));
        return q.setMaxResults(query.limit() + 1).getResultList();
    }

    private EntityManager em() {
        return entityManagers.global();
    }
}
