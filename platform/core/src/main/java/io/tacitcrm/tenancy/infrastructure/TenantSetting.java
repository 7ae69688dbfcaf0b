package io.tacitcrm.tenancy.infrastructure;

import io.tacitcrm.tenancy.domain.TenantId;
import java.util.Optional;

/**
 * The statement that tells the row-level-security policies whose rows a transaction may touch
 * ({@code app.tenant_id}). A {@code SET} command rather than {@code set_config()}: on a Citus cluster the shards live
 * on workers, and the coordinator passes a transaction's {@code SET LOCAL} on to them
 * ({@code citus.propagate_set_commands = local}), while a function call it cannot see would leave the workers
 * without a tenant — they would show nothing. The value is a UUID (or empty: no tenant, no rows), never text from
 * outside, so it is written into the statement.
 */
public final class TenantSetting {

    private TenantSetting() {
    }

    /** For the current transaction only: PostgreSQL drops it at commit or rollback. */
    public static String forTransaction(Optional<TenantId> tenant) {
        return "set local app.tenant_id = '" + value(tenant) + "'";
    }

    /** For the connection's session, outside a transaction (overwritten by the next use of the connection). */
    public static String forSession(Optional<TenantId> tenant) {
        return "set app.tenant_id = '" + value(tenant) + "'";
    }

    private static String value(Optional<TenantId> tenant) {
        return tenant.map(t -> t.value().toString()).orElse("");
    }
}
