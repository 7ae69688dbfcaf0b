package io.tacitcrm.ops.infrastructure;

import io.tacitcrm.ops.domain.ArchiveTable;
import io.tacitcrm.ops.domain.WorkspaceEraser;
import io.tacitcrm.tenancy.domain.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Deletes and checks as the schemas' owner, the one role that may delete from the append-only tables (audit, stage
 * changes, transfers), with row-level security still bound to the workspace, so no other workspace's row can go. The
 * check looks in every schema of the database — not only those the deletion knew of.
 */
@ApplicationScoped
class JdbcWorkspaceEraser implements WorkspaceEraser {

    /** Every table of every schema with a tenant_id column, the system's own aside. */
    private static final String ALL_TABLES = """
            select quote_ident(n.nspname) || '.' || quote_ident(c.relname), n.nspname || '.' || c.relname, n.nspname
              from pg_class c join pg_namespace n on n.oid = c.relnamespace
              join pg_attribute a on a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped
             where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')
               and n.nspname not like 'pg\\_toast%' and n.nspname not like 'pg\\_temp%'
             order by 2""";

    @Resource(lookup = "jdbc/tacitOwner")
    DataSource owner;

    @Override
    public long erase(TenantId tenant) {
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            try {
                JdbcWorkspaceArchives.bind(c, tenant);
                List<ArchiveTable> tables = new ArrayList<>(TenantTables.inOrder(c, Set.of()));
                long rows = 0;
                for (int i = tables.size() - 1; i >= 0; i--) {
                    ArchiveTable table = tables.get(i);
                    if (!KEPT.equals(table.name())) {
                        rows += delete(c, "delete from " + table.quoted() + " where tenant_id = ?", tenant);
                    }
                }
                rows += delete(c, "delete from tenant where id = ?", tenant);
                c.commit();
                return rows;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("workspace " + tenant + " not deleted: " + e.getMessage(), e);
        }
    }

    @Override
    public ErasureCheck check(TenantId tenant) {
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            try {
                JdbcWorkspaceArchives.bind(c, tenant);
                Map<String, Long> remaining = new TreeMap<>();
                Set<String> schemas = new TreeSet<>();
                List<String[]> tables = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(ALL_TABLES); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        tables.add(new String[] {rs.getString(1), rs.getString(2)});
                        schemas.add(rs.getString(3));
                    }
                }
                int counted = 1;
                count(c, "select count(*) from public.tenant where id = ?", tenant, "public.tenant", remaining);
                for (String[] table : tables) {
                    if (!KEPT.equals(table[1])) {
                        count(c, "select count(*) from " + table[0] + " where tenant_id = ?", tenant, table[1],
                                remaining);
                        counted++;
                    }
                }
                return new ErasureCheck(schemas.size(), counted, remaining);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the deletion of " + tenant + " could not be checked: " + e.getMessage(),
                    e);
        }
    }

    private static long delete(Connection c, String sql, TenantId tenant) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, tenant.value());
            return ps.executeUpdate();
        }
    }

    private static void count(Connection c, String sql, TenantId tenant, String table, Map<String, Long> remaining)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, tenant.value());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    remaining.put(table, rs.getLong(1));
                }
            }
        }
    }
}
