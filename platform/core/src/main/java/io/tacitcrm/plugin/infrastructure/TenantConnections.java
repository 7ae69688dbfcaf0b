package io.tacitcrm.plugin.infrastructure;

import io.tacitcrm.api.TenantDatabase;
import io.tacitcrm.tenancy.domain.TenantId;
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
 * (and optionally a plugin's schema first on the search path) applied transaction-locally, so nothing of it outlives
 * the
 * transaction when the connection returns to the pool. For plugin work, which never joins the core's transactions.
 */
@ApplicationScoped
public class TenantConnections {

    private static final String APPLY = "select set_config('app.tenant_id', ?, true), set_config('search_path', ?, "
            + "true)";

    @Resource(lookup = "jdbc/tacit")
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
        try (PreparedStatement ps = connection.prepareStatement(APPLY)) {
            ps.setString(1, tenant.value().toString());
            ps.setString(2, schema.map(s -> '"' + s + "\", public").orElse("public"));
            ps.execute();
        }
    }
}
