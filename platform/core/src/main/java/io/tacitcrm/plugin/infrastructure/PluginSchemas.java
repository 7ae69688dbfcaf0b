package io.tacitcrm.plugin.infrastructure;

import io.tacitcrm.common.infrastructure.CitusDistribution;
import io.tacitcrm.plugin.domain.PluginStorage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A plugin's tables: its migrations run by the host, as the owner role, into the schema {@code plugin_<id>} with a
 * history table of its own there; then the application role gets access, and every table is checked for the tenant
 * wall. Views must be {@code security_invoker} (otherwise they read as their owner); materialized views have no wall.
 */
final class PluginSchemas {

    private static final String HISTORY = "flyway_history";
    private static final String TABLES = """
            select c.relname, c.relkind, c.relrowsecurity, c.relforcerowsecurity,
                   exists (select 1 from pg_attribute a
                            where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped),
                   exists (select 1 from pg_policy p where p.polrelid = c.oid),
                   coalesce('security_invoker=true' = any (c.reloptions)
                            or 'security_invoker=on' = any (c.reloptions), false)
              from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where n.nspname = ? and c.relkind in ('r', 'p', 'v', 'm') and c.relname <> ?
             order by c.relname""";

    private final DataSource owner;
    private final String applicationRole;

    PluginSchemas(DataSource owner, String applicationRole) {
        this.owner = owner;
        this.applicationRole = applicationRole;
    }

    /** Runs the plugin's pending migrations; answers how many ran. */
    int migrate(String pluginId, ClassLoader classLoader, String location) {
        String schema = PluginStorage.schemaOf(pluginId);
        var result = Flyway.configure(classLoader)
                .dataSource(owner)
                .schemas(schema)
                .createSchemas(true)
                .table(HISTORY)
                .locations("classpath:" + location)
                .placeholders(Map.of("appRole", applicationRole, "tenantSetting", "app.tenant_id"))
                .load()
                .migrate();
        grantToApplication(schema);
        planForBigWorkspaces(schema);
        distributeOnCitus(schema);
        return result.migrationsExecuted;
    }

    /** On a Citus coordinator the module's tables are spread like the core's, beside each workspace's other rows. */
    private void distributeOnCitus(String schema) {
        try (Connection c = owner.getConnection()) {
            if (CitusDistribution.present(c)) {
                CitusDistribution.distribute(c, schema);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not distribute the tables of schema " + schema + " on Citus: "
                    + e.getMessage(), e);
        }
    }

    /** Every way the plugin's tables break the tenant wall; empty when they keep it. */
    List<String> wallProblems(String pluginId) {
        String schema = PluginStorage.schemaOf(pluginId);
        List<String> problems = new ArrayList<>();
        try (Connection c = owner.getConnection(); PreparedStatement ps = c.prepareStatement(TABLES)) {
            ps.setString(1, schema);
            ps.setString(2, HISTORY);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    problems.addAll(problemsOf(rs));
                }
            }
            if (CitusDistribution.present(c)) {
                CitusDistribution.notDistributedByTenant(c, schema).forEach(t -> problems.add(t
                        + " is not distributed by tenant_id on this Citus cluster"));
            }
        } catch (SQLException e) {
            problems.add("could not inspect schema " + schema + ": " + e.getMessage());
        }
        return problems;
    }

    private static List<String> problemsOf(ResultSet rs) throws SQLException {
        String table = rs.getString(1);
        String kind = rs.getString(2);
        List<String> problems = new ArrayList<>();
        if ("m".equals(kind)) {
            problems.add(table + " is a materialized view, which row-level security cannot protect");
        } else if ("v".equals(kind)) {
            if (!rs.getBoolean(7)) {
                problems.add(table + " is a view without security_invoker = true");
            }
        } else {
            if (!rs.getBoolean(5)) {
                problems.add(table + " has no tenant_id column");
            }
            if (!rs.getBoolean(3) || !rs.getBoolean(4)) {
                problems.add(table + " lacks enabled and forced row-level security");
            }
            if (!rs.getBoolean(6)) {
                problems.add(table + " has no row-level security policy");
            }
        }
        return problems;
    }

    /** The same statistics as the core's tables (V21): cached plans made for the largest workspace. */
    private void planForBigWorkspaces(String schema) {
        try (Connection c = owner.getConnection();
             PreparedStatement ps = c.prepareStatement("select public.tacit_plan_for_big_workspaces(?)")) {
            ps.setString(1, schema);
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("could not set the planner statistics of schema " + schema + ": "
                    + e.getMessage(), e);
        }
    }

    private void grantToApplication(String schema) {
        String role = quoted(applicationRole);
        String s = quoted(schema);
        try (Connection c = owner.getConnection(); Statement st = c.createStatement()) {
            st.execute("grant usage on schema " + s + " to " + role);
            st.execute("grant select, insert, update, delete on all tables in schema " + s + " to " + role);
            st.execute("grant usage, select on all sequences in schema " + s + " to " + role);
            st.execute("revoke all on " + s + "." + HISTORY + " from " + role);
        } catch (SQLException e) {
            throw new IllegalStateException("could not grant the application access to schema " + schema + ": "
                    + e.getMessage(), e);
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
