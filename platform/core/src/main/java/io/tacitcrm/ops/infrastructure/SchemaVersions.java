package io.tacitcrm.ops.infrastructure;

import io.tacitcrm.ops.domain.ArchiveTable;
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
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * What only the schemas' owner reads or moves: the migration histories (the core's and each module's), and the
 * sequences of identity columns, which an import with kept ids must move past the ids it brought.
 */
@ApplicationScoped
class SchemaVersions {

    private static final String HISTORIES = """
            select n.nspname, c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where c.relkind = 'r' and ((n.nspname = 'public' and c.relname = 'flyway_schema_history')
                or (n.nspname like 'plugin\\_%' and c.relname = 'flyway_history'))""";
    private static final String IDENTITIES = """
            select n.nspname || '.' || c.relname, quote_ident(n.nspname) || '.' || quote_ident(c.relname),
                   quote_ident(a.attname),
                   pg_get_serial_sequence(quote_ident(n.nspname) || '.' || quote_ident(c.relname), a.attname)
              from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
             where a.attnum > 0 and not a.attisdropped and c.relkind in ('r', 'p')
               and (n.nspname = 'public' or n.nspname like 'plugin\\_%')
               and pg_get_serial_sequence(quote_ident(n.nspname) || '.' || quote_ident(c.relname), a.attname)
                   is not null""";

    @Resource(lookup = "jdbc/tacitOwner")
    DataSource owner;

    /** The latest migration of each schema that has run any, by schema. */
    Map<String, String> all() {
        Map<String, String> versions = new TreeMap<>();
        try (Connection c = owner.getConnection()) {
            List<String[]> histories = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(HISTORIES); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    histories.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] history : histories) {
                try (PreparedStatement ps = c.prepareStatement("select version from \"" + history[0] + "\".\""
                        + history[1] + "\" where success and version is not null order by installed_rank desc"
                        + " limit 1"); ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        versions.put(history[0], rs.getString(1));
                    }
                }
            }
            return versions;
        } catch (SQLException e) {
            throw new IllegalStateException("the schemas' versions could not be read: " + e.getMessage(), e);
        }
    }

    /** Moves every identity sequence of the imported tables past the largest id the workspace now holds. */
    void advanceIdentities(TenantId tenant, List<ArchiveTable> tables) {
        Set<String> imported = tables.stream().filter(ArchiveTable::exported).map(ArchiveTable::name)
                .collect(Collectors.toSet());
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            try {
                JdbcWorkspaceArchives.bind(c, tenant);
                List<String[]> identities = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(IDENTITIES); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (imported.contains(rs.getString(1))) {
                            identities.add(new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
                        }
                    }
                }
                for (String[] id : identities) {
                    try (PreparedStatement ps = c.prepareStatement("select setval(?::regclass, greatest((select"
                            + " max(" + id[1] + ") from " + id[0] + " where tenant_id = ?), (select last_value from "
                            + id[2] + ")))")) {
                        ps.setString(1, id[2]);
                        ps.setObject(2, tenant.value());
                        ps.execute();
                    }
                }
                c.commit();
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("identity sequences not advanced: " + e.getMessage(), e);
        }
    }
}
