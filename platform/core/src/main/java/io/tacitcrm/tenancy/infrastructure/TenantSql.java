package io.tacitcrm.tenancy.infrastructure;

import io.tacitcrm.tenancy.service.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;

/**
 * Plain SQL on the transaction's own connection — the one EclipseLink holds, with the tenant's row-security setting —
 * after EclipseLink has written what it holds. For set-based work entity updates would do row by row.
 */
@ApplicationScoped
public class TenantSql {

    @Inject
    TransactionEntityManagers entityManagers;
    @Inject
    TenantContext tenantContext;

    public interface Binding {
        void bind(PreparedStatement ps) throws SQLException;
    }

    public interface Reading<T> {
        T read(ResultSet rs) throws SQLException;
    }

    public interface RowBinding<T> {
        void bind(PreparedStatement ps, T row) throws SQLException;
    }

    public <T> T query(String sql, Binding binding, Reading<T> reading) {
        return query(connection(), sql, binding, reading);
    }

    public int update(String sql, Binding binding) {
        return update(connection(), sql, binding);
    }

    /**
     * The statement once for each row, sent as one batch (one round trip). For many rows of one workspace: an insert
     * from {@code unnest(?)} would be one statement, but Citus carries such an insert's rows to the workers with COPY,
     * which row-level security refuses.
     */
    public <T> int updateEach(String sql, Collection<T> rows, RowBinding<T> binding) {
        if (rows.isEmpty()) {
            return 0;
        }
        try (PreparedStatement ps = connection().prepareStatement(sql)) {
            for (T row : rows) {
                binding.bind(ps, row);
                ps.addBatch();
            }
            int changed = 0;
            for (int count : ps.executeBatch()) {
                changed += Math.max(count, 0);
            }
            return changed;
        } catch (SQLException e) {
            throw new IllegalStateException("statement failed: " + e.getMessage(), e);
        }
    }

    /** A query on a given connection (the tenant's here, the global one in {@link GlobalSql}). */
    static <T> T query(Connection connection, String sql, Binding binding, Reading<T> reading) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binding.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return reading.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("statement failed: " + e.getMessage(), e);
        }
    }

    static int update(Connection connection, String sql, Binding binding) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            binding.bind(ps);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("statement failed: " + e.getMessage(), e);
        }
    }

    /** Reads a result to its end, e.g. a {@code select ... for update} whose rows are wanted only locked. */
    public static int rows(ResultSet rs) throws SQLException {
        int rows = 0;
        while (rs.next()) {
            rows++;
        }
        return rows;
    }

    /** The request's tenant, which every statement names besides row-level security. */
    public UUID tenant() {
        return tenantContext.require().value();
    }

    private Connection connection() {
        var em = entityManagers.tenantData();
        em.flush();
        return em.unwrap(Connection.class);
    }
}
