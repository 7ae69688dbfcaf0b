package io.tacitcrm.audit.infrastructure;

import io.tacitcrm.audit.domain.AuditEntry;
import io.tacitcrm.audit.domain.AuditLog;
import io.tacitcrm.audit.domain.AuditQuery;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;

@ApplicationScoped
class JpaAuditLog implements AuditLog {

    @Inject
    TransactionEntityManagers entityManagers;

    @Override
    public void append(AuditEntry entry) {
        entityManagers.tenantData().persist(entry);
    }

    @Override
    public List<AuditEntry> page(AuditQuery query) {
        List<String> where = new ArrayList<>();
        query.entityType().ifPresent(t -> where.add("e.entityType = :type"));
        query.entityId().ifPresent(t -> where.add("e.entityId = :entity"));
        query.actor().ifPresent(t -> where.add("e.actorId = :actor"));
        query.from().ifPresent(t -> where.add("e.at >= :from"));
        query.to().ifPresent(t -> where.add("e.at < :to"));
        query.after().ifPresent(c -> where.add("e.at <= :key and (e.at < :key or (e.at = :key and e.id < :id))"));
        TypedQuery<AuditEntry> q = entityManagers.tenantData().createQuery("select e from AuditEntry e"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + " order by e.at desc, e.id desc",
                        AuditEntry.class);
        query.entityType().ifPresent(t -> q.setParameter("type", t));
        query.entityId().ifPresent(t -> q.setParameter("entity", t));
        query.actor().ifPresent(t -> q.setParameter("actor", t));
        query.from().ifPresent(t -> q.setParameter("from", t));
        query.to().ifPresent(t -> q.setParameter("to", t));
        query.after().ifPresent(c -> {
            q.setParameter("key", c.at());
            q.setParameter("id", c.id());
        });
        return q.setMaxResults(query.limit() + 1).getResultList();
    }
}
