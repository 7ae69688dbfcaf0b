package io.tacitcrm.agenda.infrastructure;

import io.tacitcrm.agenda.domain.DueDigests;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.infrastructure.TenantSql;
import io.tacitcrm.tenancy.infrastructure.DueWorkspaces;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The global list of workspaces with a digest due, for active workspaces only (a suspended one's waits). */
@ApplicationScoped
class JpaDueDigests implements DueDigests {

    @Inject
    DueWorkspaces due;
    @Inject
    TenantSql sql;

    @Override
    public List<TenantId> dueBy(Instant moment) {
        return due.dueBy("digest_due", moment);
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
