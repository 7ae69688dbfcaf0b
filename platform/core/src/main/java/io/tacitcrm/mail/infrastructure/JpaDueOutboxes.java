package io.tacitcrm.mail.infrastructure;

import io.tacitcrm.mail.domain.DueOutboxes;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The global list of waiting outboxes, for active workspaces only (a suspended one's mail waits for it). */
@ApplicationScoped
class JpaDueOutboxes implements DueOutboxes {

    @Inject
    TransactionEntityManagers entityManagers;

    @Override
    public List<TenantId> dueBy(Instant moment) {
        List<?> ids = entityManagers.global().createNativeQuery("select d.tenant_id from mail_due d"
                        + " join tenant t on t.id = d.tenant_id where d.due_at <= ? and t.status = 'ACTIVE'"
                        + " order by d.due_at limit 1000")
                // EclipseLink refuses native SQL where multitenant entities exist; these two tables are global
                .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .setParameter(1, Timestamp.from(moment)).getResultList();
        return ids.stream().map(id -> new TenantId((UUID) id)).toList();
    }
}
