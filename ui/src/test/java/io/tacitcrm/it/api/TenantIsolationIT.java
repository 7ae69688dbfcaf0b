package io.tacitcrm.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.Sql;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.infrastructure.TenantSetting;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Tenant B must not see or touch anything of tenant A's — through the API, and with the ORM out of the way. */
class TenantIsolationIT {

    private final TestServer server = TestServer.get();
    private final Tenant a = Tenants.signUp(server, "tenant-a");
    private final Tenant b = Tenants.signUp(server, "tenant-b");
    private final String secretName = "A-secret-" + UUID.randomUUID();
    private final String aAccount = a.admin().post("accounts", Json.createObjectBuilder().add("name", secretName)
            .build())
            .body().getString("id");

    @Test
    void every_account_endpoint_answers_404_for_another_tenants_id_and_changes_nothing() {
        assertEquals(404, b.admin().get("accounts/" + aAccount).status());
        assertEquals(404, b.admin().patch("accounts/" + aAccount, Json.createObjectBuilder().add("name", "hijacked")
                .build(), null).status());
        assertEquals(404, b.admin().patch("accounts/" + aAccount, Json.createObjectBuilder().add("name", "hijacked")
                .build(), "\"1\"").status());
        assertEquals(404, b.admin().delete("accounts/" + aAccount, null).status());

        Reply stillThere = a.admin().get("accounts/" + aAccount);
        assertEquals(200, stillThere.status());
        assertEquals(secretName, stillThere.body().getString("name"));
        assertEquals(1, stillThere.body().getInt("version"));
    }

    @Test
    void another_tenants_accounts_never_appear_in_list_or_search() {
        assertTrue(names(b.admin().get("accounts?limit=200")).isEmpty());
        assertTrue(names(b.admin().get("accounts?q=" + secretName)).isEmpty());
        assertTrue(names(b.admin().get("accounts?ownerId=" + a.adminId())).isEmpty());
        assertEquals(1, names(a.admin().get("accounts?q=" + secretName)).size());
    }

    /**
     * A list query is prepared once per shape and limit and then shared by every workspace: the tenant it filters by
     * must be bound per execution, never kept from the workspace that ran it first.
     */
    @Test
    void the_same_list_shape_run_by_two_workspaces_in_turn_shows_each_its_own_accounts() {
        String bName = "B-own-" + UUID.randomUUID();
        assertEquals(201, b.admin().post("accounts", Json.createObjectBuilder().add("name", bName).build()).status());
        // a limit no other test uses, so the first run of this shape is this test's
        String list = "accounts?sort=-createdAt&limit=" + (8 + Math.floorMod(UUID.randomUUID().hashCode(), 70));
        for (int round = 0; round < 3; round++) {
            assertEquals(List.of(secretName), names(a.admin().get(list)));
            assertEquals(List.of(bName), names(b.admin().get(list)));
        }
    }

    private static List<String> names(Reply reply) {
        assertEquals(200, reply.status());
        return reply.body().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(o -> o.getString("name"))
                .toList();
    }

    @Test
    void a_tenant_id_in_the_body_is_ignored_and_a_foreign_owner_is_rejected() {
        Reply smuggled = b.admin().post("accounts", Json.createObjectBuilder().add("name", "Smuggled")
                .add("tenantId", a.tenantId()).build());
        assertEquals(201, smuggled.status());
        String id = smuggled.body().getString("id");
        assertEquals(1, Sql.count(server.superuser(),
                "select count(*) from account where id = ?::uuid and tenant_id = ?::uuid", id, b.tenantId()));

        Reply foreignOwner = b.admin().post("accounts", Json.createObjectBuilder().add("name", "Gift")
                .add("ownerId", a.adminId()).build());
        assertEquals(422, foreignOwner.status());
        assertEquals("ownerId", foreignOwner.body().getJsonArray("errors").getJsonObject(0).getString("field"));

        Reply reassign = b.admin().patch("accounts/" + id, Json.createObjectBuilder().add("ownerId", a.adminId())
                .build(), null);
        assertEquals(422, reassign.status());
        assertEquals(0, Sql.count(server.superuser(),
                "select count(*) from account where tenant_id = ?::uuid and owner_id = ?::uuid", b.tenantId(),
                a.adminId()));
    }

    @Test
    void row_level_security_alone_hides_and_protects_another_tenants_rows() throws SQLException {
        try (Connection c = server.applicationRoleConnection()) {
            setTenant(c, b.tenantId());
            assertEquals(0, count(c, "select count(*) from account where id = '" + aAccount + "'"));
            assertEquals(0, count(c, "select count(*) from app_user where tenant_id = '" + a.tenantId() + "'"));
            assertEquals(0, c.createStatement().executeUpdate("update account set name = 'hijacked' where id = '"
                    + aAccount + "'"));
            assertEquals(0, c.createStatement().executeUpdate("delete from account where id = '" + aAccount + "'"));
            assertThrows(SQLException.class, () -> c.createStatement().executeUpdate(
                    "insert into account (tenant_id, id, name, owner_id, created_by, created_at, updated_at, "
                            + "version) values ('"
                            + a.tenantId() + "', gen_random_uuid(), 'planted', '" + a.adminId() + "', '" + a.adminId()
                                    + "', now(), now(), 1)"));
        }
        assertEquals(1, Sql.count(server.superuser(), "select count(*) from account where id = ?::uuid and name = ?",
                aAccount, secretName));
    }

    @Test
    void without_a_tenant_setting_the_application_role_sees_no_tenant_rows_at_all() throws SQLException {
        try (Connection c = server.applicationRoleConnection()) {
            assertEquals(0, count(c, "select count(*) from account"));
            assertEquals(0, count(c, "select count(*) from app_user"));
            assertEquals(0, count(c, "select count(*) from api_token"));
            c.setAutoCommit(false);
            setTenant(c, "");
            assertEquals(0, count(c, "select count(*) from account"));
            assertEquals(0, c.createStatement().executeUpdate("update account set name = 'x'"));
            setTenant(c, a.tenantId());
            assertTrue(count(c, "select count(*) from account") >= 1,
                    "the same connection sees A's rows with A's setting");
            c.rollback();
        }
    }

    @Test
    void the_application_role_owns_nothing_and_cannot_switch_off_row_level_security() throws SQLException {
        try (Connection c = server.applicationRoleConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.execute("alter table account disable row level security"));
        }
        try (Connection c = server.applicationRoleConnection()) {
            c.setAutoCommit(false);
            assertThrows(SQLException.class, () -> c.createStatement()
                    .execute("set row_security = off; select * from account"));
            c.rollback();
        }
        assertEquals(0, Sql.count(server.superuser(),
                "select count(*) from pg_tables where schemaname = 'public' and tableowner = 'tacit_app'"));
        assertFalse(Sql.count(server.superuser(),
                "select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace "
                + "where n.nspname = 'public' and c.relkind = 'r' and c.relname <> 'flyway_schema_history' "
                + "and coalesce(obj_description(c.oid, 'pg_class'), '') not like 'GLOBAL:%' "
                + "and not (c.relrowsecurity and c.relforcerowsecurity)") > 0,
                        "every tenant table forces row-level security");
    }

    private static void setTenant(Connection c, String tenant) throws SQLException {
        // as the server does it: for the transaction, with SET LOCAL (which a Citus coordinator passes on)
        try (Statement s = c.createStatement()) {
            s.execute(TenantSetting.forTransaction(tenant.isEmpty() ? Optional.empty()
                    : Optional.of(new TenantId(UUID.fromString(tenant)))));
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
