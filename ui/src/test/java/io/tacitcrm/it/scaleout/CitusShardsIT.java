package io.tacitcrm.it.scaleout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tacitcrm.it.support.Sql;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.infrastructure.TenantSetting;
import io.tacitcrm.testkit.DatabaseSettings;
import jakarta.json.Json;
import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * On a Citus cluster (the {@code citus} profile; skipped on a single PostgreSQL): the workspace's rows are in shards
 * on the workers, and the walls hold there too — on the shard itself, read on its worker by the application role.
 */
class CitusShardsIT {

    private final TestServer server = TestServer.get();

    @BeforeEach
    void onCitusOnly() {
        assumeTrue(Sql.count(server.superuser(), "select count(*) from pg_extension where extname = 'citus'") == 1,
                "a Citus coordinator");
    }

    @Test
    void the_application_role_reading_a_shard_on_its_worker_sees_only_the_workspace_it_names() throws SQLException {
        Tenant a = Tenants.signUp(server, "shard-a");
        Tenant b = Tenants.signUp(server, "shard-b");
        assertEquals(201, a.admin().post("accounts", Json.createObjectBuilder().add("name", "Shard Reader Ltd")
                .build()).status());
        Shard shard = shardOf("account", a.tenantId());

        try (Connection worker = onWorker(shard)) {
            worker.setAutoCommit(false);
            String count = "select count(*) from " + shard.table() + " where name = 'Shard Reader Ltd'";
            setTenant(worker, Optional.of(b.tenantId()));
            assertEquals(0, Sql.count(worker, count), "another workspace's setting sees nothing on the shard");
            setTenant(worker, Optional.empty());
            assertEquals(0, Sql.count(worker, count), "no setting sees nothing");
            setTenant(worker, Optional.of(a.tenantId()));
            assertEquals(1, Sql.count(worker, count), "its own setting sees its row");
            worker.rollback();
        }
    }

    @Test
    void every_workspace_table_is_distributed_by_workspace_and_every_shard_forces_row_level_security() {
        assertEquals(0, Sql.count(server.superuser(), """
                select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where c.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema', 'citus', 'columnar',
                      'columnar_internal')
                  and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id')
                  and not exists (select 1 from pg_dist_partition p where p.logicalrelid = c.oid
                                  and p.partmethod = 'h'
                                  and column_to_column_name(p.logicalrelid, p.partkey) = 'tenant_id')
                  and coalesce(obj_description(c.oid, 'pg_class'), '') not like 'GLOBAL:%'"""),
                "a workspace table that is not distributed by tenant_id");
        // on each worker: the shards it holds of tables that force row-level security, and those that do not
        String perWorker = "select count(*) || '/' || count(*) filter (where not (c.relrowsecurity and"
                + " c.relforcerowsecurity)) from pg_dist_shard s join pg_class l on l.oid = s.logicalrelid"
                + " join pg_class c on c.oid = to_regclass(s.logicalrelid::regclass::text || '_' || s.shardid)"
                + " where l.relforcerowsecurity";
        long shards = 0;
        try (Connection c = server.superuser().getConnection();
             PreparedStatement ps = c.prepareStatement("select nodeport, success, result"
                     + " from run_command_on_workers(?)")) {
            ps.setString(1, perWorker);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    assertTrue(rs.getBoolean(2), rs.getString(3));
                    String[] counts = rs.getString(3).split("/");
                    assertEquals("0", counts[1], "shards without forced row-level security on " + rs.getInt(1));
                    shards += Long.parseLong(counts[0]);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        assertTrue(shards > 100, "shards checked: " + shards);
    }

    private record Shard(String table, String host, int port) {
    }

    private Shard shardOf(String table, String tenant) {
        try (Connection c = server.superuser().getConnection();
             PreparedStatement ps = c.prepareStatement("select s.shard_name, s.nodename, s.nodeport from citus_shards s"
                     + " where s.shardid = get_shard_id_for_distribution_column(?::regclass, ?::uuid)")) {
            ps.setString(1, table);
            ps.setString(2, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "the shard of " + table + " for " + tenant);
                return new Shard(rs.getString(1), rs.getString(2), rs.getInt(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The application role, on the worker that holds the shard (not through the coordinator). */
    private Connection onWorker(Shard shard) throws SQLException {
        DatabaseSettings settings = server.databaseSettings();
        URI coordinator = URI.create(settings.url().substring("jdbc:".length()));
        String url = "jdbc:postgresql://" + shard.host() + ":" + shard.port() + coordinator.getPath();
        return DriverManager.getConnection(url, settings.appUser(), settings.appPassword());
    }

    private static void setTenant(Connection c, Optional<String> tenant) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(TenantSetting.forTransaction(tenant.map(t -> new TenantId(UUID.fromString(t)))));
        }
    }
}
