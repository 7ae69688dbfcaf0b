package io.tacitcrm.audit.infrastructure;

import io.tacitcrm.audit.domain.AuditCursor;
import io.tacitcrm.audit.domain.AuditEntry;
import io.tacitcrm.audit.domain.AuditLog;
import io.tacitcrm.audit.domain.AuditQuery;
import io.tacitcrm.common.persistence.JpqlCondition;
import io.tacitcrm.common.persistence.Keyset;
import io.tacitcrm.common.persistence.ListQuery;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

@ApplicationScoped
class JpaAuditLog implements AuditLog {

    private static final Keyset LATEST_FIRST = Keyset.of("e.at desc", "e.id desc");

    @Inject
    TransactionEntityManagers entityManagers;

    @Override
    public void append(AuditEntry entry) {
        entityManagers.tenantData().persist(entry);
    }

    @Override
    public List<AuditEntry> page(AuditQuery query) {
        return ListQuery.select("select e from AuditEntry e")
                .where(query.entityType(), t -> JpqlCondition.of("e.entityType = :type", "type", t))
                .where(query.entityId(), id -> JpqlCondition.of("e.entityId = :entity", "entity", id))
                .where(query.actor(), a -> JpqlCondition.of("e.actorId = :actor", "actor", a))
                .where(query.from(), t -> JpqlCondition.of("e.at >= :from", "from", t))
                .where(query.to(), t -> JpqlCondition.of("e.at < :to", "to", t))
                .ordered(LATEST_FIRST, query.after().map(AuditCursor::keys))
                .list(entityManagers.tenantData(), AuditEntry.class, query.limit() + 1);
    }
}
