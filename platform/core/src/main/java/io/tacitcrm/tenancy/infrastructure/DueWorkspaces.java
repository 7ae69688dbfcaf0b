package io.tacitcrm.tenancy.infrastructure;

import io.tacitcrm.tenancy.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The global lists of workspaces with work due ({@code mail_due}, {@code digest_due}: a tenant id and a time, no
 * content), so that a worker visits only those. Active workspaces only: a suspended one's work waits for it.
 */
@ApplicationScoped
public class DueWorkspaces {

    /** The lists there are; a table name is never taken from anywhere else. */
    public static final Set<String> LISTS = Set.of("mail_due", "digest_due");
    static final int AT_ONCE = 1000;

    @Inject
    TransactionEntityManagers entityManagers;

    /** The workspaces on {@code list} whose work is due by {@code moment}, the longest waiting first. */
    public List<TenantId> dueBy(String list, Instant moment) {
        if (!LISTS.contains(list)) {
            throw new IllegalArgumentException("not a list of due workspaces: " + list);
        }
        List<?> ids = entityManagers.global().createNativeQuery("select d.tenant_id from " + list + " d"
                        + " join tenant t on t.id = d.tenant_id where d.due_at <= ? and t.status = 'ACTIVE'"
                        + " order by d.due_at limit " + AT_ONCE)
                // EclipseLink refuses native SQL where multitenant entities exist; these tables are global
                .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .setParameter(1, Timestamp.from(moment)).getResultList();
        return ids.stream().map(id -> new TenantId((UUID) id)).toList();
    }
}
