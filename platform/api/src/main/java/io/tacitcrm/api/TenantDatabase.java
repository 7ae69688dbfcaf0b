package io.tacitcrm.api;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Your plugin's own tables, for the current tenant only.
 *
 * <p>The connection you get is in a transaction of its own, committed when your work returns and rolled back when it
 * throws. Row-level security already limits it to the current tenant, and your schema {@code plugin_<id>} comes first
 * on
 * its search path, so {@code select * from article} means your table. Still name {@code tenant_id} in your statements
 * (use {@link PluginContext#tenant()}): it lets PostgreSQL use your indexes, and inserts must set it. Do not keep the
 * connection beyond the call.
 */
@Stable(since = "0.1")
public interface TenantDatabase {

    <T> T inTransaction(Work<T> work);

    /** Work on the connection; any exception rolls the transaction back and is passed on. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
