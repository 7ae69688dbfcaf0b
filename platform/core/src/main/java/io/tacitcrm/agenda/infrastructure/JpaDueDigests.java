package io.tacitcrm.agenda.infrastructure;

import io.tacitcrm.agenda.domain.DueDigests;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.infrastructure.TenantSql;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The global list of workspaces with a digest due, for active workspaces only (a suspended one's waits). */
@ApplicationScoped
class JpaDueDigests implements DueDigests {

    @Inject
    TransactionEntityManagers entityManagers;
    @Inject
    TenantSql sql;

    @Override
    public List<TenantId> dueBy(Instant moment) {
        List<?> ids = entityManagers.global().createNativeQuery("select d.tenant_id from digest_due d"
                        + " join tenant t on t.id = d.tenant_id where d.due_at <= ? and t.status = 'ACTIVE'"
                        + " order by d.due_at limit 1000")
                // EclipseLink refuses native SQL where multitenant entities exist; these two tables are global
                .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .setParameter(1, Timestamp.from(moment)).getResultList();
        return ids.stream().map(id -> new TenantId((UUID) id)).toList();
    }

    @Override
    public void schedule(Optional<Instant> next) {
        if (next.isEmpty()) {
            sql.update("delete from digest_due where tenant_id = ?", ps -> ps.setObject(1, sql.tenant()));
            return;
        }
        sql.update("insert into digest_due (tenant_id, due_at) values (?, ?) on conflict (tenant_id)"
                + " do update set due_at = excluded.due_at", ps -> {
                    ps.setObject(1, sql.tenant());
                    ps.setTimestamp(2, Timestamp.from(next.get()));
                });
    }
}
