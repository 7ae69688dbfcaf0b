package io.tacitcrm.plugin.infrastructure;

import io.tacitcrm.api.TenantDatabase;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.infrastructure.TenantSetting;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Connections of the application role in a local transaction of their own, with the tenant's row-security setting
 * applied transaction-locally (nothing of it outlives the transaction) and the search path the work needs (a
 * plugin's schema first, or the public schema alone). For plugin work, which never joins the core's transactions.
 */
@ApplicationScoped
public class TenantConnections {

    /**
     * The tenant transaction-locally; the search path for the whole session, and only when it differs. Why: the
     * driver forgets every prepared statement of a connection whenever the server reports a new search path, and a
     * transaction-local path was reported twice per transaction (set, then reset at commit), so each plugin statement
     * was parsed and planned at every execution. This pool serves plugin work only and every use sets its path first,
     * so a path left on a connection never reaches anything that did not ask for it.
     */
    private static final String PATH = "; select case when current_setting('search_path') = ? then ''"
            + " else set_config('search_path', ?, false) end";

    @Resource(lookup = "jdbc/tacitPlugins")
    DataSource dataSource;

    /**
     * Never inside a core transaction: a plugin may write its own tables while the host streams figures to it (a
     * mining records its progress), and that transaction is suspended meanwhile.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public <T> T inTransaction(TenantId tenant, Optional<String> schema, TenantDatabase.Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                apply(connection, tenant, schema);
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("plugin statement failed: " + e.getMessage(), e);
        }
    }

    private static void apply(Connection connection, TenantId tenant, Optional<String> schema) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(TenantSetting.forTransaction(Optional.of(tenant))
                + PATH)) {
            String path = schema.map(s -> '"' + s + "\", public").orElse("public");
            ps.setString(1, path);
            ps.setString(2, path);
            ps.execute();
        }
    }
}
