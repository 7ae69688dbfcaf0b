package io.tacitcrm.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.Operators;
import io.tacitcrm.it.support.Sql;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Deleting a workspace: only after an export or an explicit override, restorable during its grace period, then gone
 * from every table of every schema — checked here behind both walls, and said so in the operators' audit.
 */
class WorkspaceDeletionIT {

    private static final JsonValue NO_BODY = JsonValue.EMPTY_JSON_OBJECT;

    private final TestServer server = TestServer.get();

    @Test
    void a_workspace_waits_its_grace_period_unable_to_sign_in_and_can_be_restored() {
        Tenant tenant = Tenants.signUp(server, "grace");
        TacitClient operator = Operators.configured(server);
        String path = "tenants/" + tenant.tenantId();

        Reply refused = operator.post(path + "/deletion", Json.createObjectBuilder().add("reason", "Closed").build());
        assertEquals(409, refused.status(), refused.body()::toString);
        assertEquals("ops.export-first", refused.body().getString("code"));
        assertEquals(422, operator.post(path + "/deletion", Json.createObjectBuilder().add("reason", " ")
                .add("withoutExport", true).build()).status(), "a reason is required");

        Reply scheduled = operator.post(path + "/deletion", Json.createObjectBuilder().add("reason",
                "Contract ended 2026-11").add("withoutExport", true).add("graceMinutes", 60).build());
        assertEquals(200, scheduled.status(), scheduled.body()::toString);
        assertEquals("DELETING", scheduled.body().getString("status"));
        Instant deleteAfter = Instant.parse(scheduled.body().getString("deleteAfter"));
        assertTrue(deleteAfter.isAfter(Instant.now().plus(Duration.ofMinutes(55))), deleteAfter::toString);
        assertEquals(401, tenant.admin().get("me").status(), "its sessions stop at the next request");
        Reply login = server.api().post("sessions", Json.createObjectBuilder().add("workspace", tenant.workspace())
                .add("email", tenant.adminEmail()).add("password", Tenants.PASSWORD).build());
        assertEquals(403, login.status(), login.body()::toString);
        assertTrue(login.body().getString("detail").contains("Contract ended 2026-11"), login.body()::toString);
        assertEquals(409, operator.post(path + "/deletion", Json.createObjectBuilder().add("reason", "again")
                .add("withoutExport", true).build()).status());

        Reply restored = operator.post(path + "/restore", NO_BODY);
        assertEquals(200, restored.status(), restored.body()::toString);
        assertEquals("ACTIVE", restored.body().getString("status"));
        assertEquals(200, server.api().login(tenant.workspace(), tenant.adminEmail(), Tenants.PASSWORD).get("me")
                .status());
        assertEquals(409, operator.post(path + "/restore", NO_BODY).status());
        String audit = tenant.admin().get("audit?limit=10").raw().body();
        assertTrue(audit.contains("OPERATOR_DELETE_SCHEDULED") && audit.contains("OPERATOR_RESTORE"), audit);
    }

    @Test
    void after_an_export_the_deletion_leaves_no_row_with_the_workspace_id_in_any_schema_and_the_audit_says_so()
            throws Exception {
        Tenant tenant = Tenants.signUp(server, "gone");
        String account = tenant.admin().post("accounts", Json.createObjectBuilder().add("name", "Doomed Widgets")
                .build()).body().getString("id");
        assertEquals(201, tenant.admin().post("contacts", Json.createObjectBuilder().add("accountId", account)
                .add("name", "Ann Doe").build()).status());
        Tenants.switchPlugin(tenant, "knowledge", true);
        assertEquals(201, tenant.admin().post("x/knowledge/articles", Json.createObjectBuilder().add("title",
                "Doomed article").add("category", "PRODUCT").add("body", "gone soon").build()).status());
        TacitClient operator = Operators.configured(server);
        assertEquals(200, operator.postForBinary("tenants/" + tenant.tenantId() + "/exports", "application/zip")
                .status());
        JsonObject export = operator.get("tenants/" + tenant.tenantId() + "/exports").body().getJsonArray("items")
                .getJsonObject(0);
        assertEquals("DONE", export.getString("status"), export::toString);
        Map<String, Long> before = rowsOf(tenant.tenantId());
        assertTrue(before.containsKey("plugin_knowledge.article") && before.containsKey("public.account"),
                before::toString);

        Reply scheduled = operator.post("tenants/" + tenant.tenantId() + "/deletion", Json.createObjectBuilder()
                .add("reason", "Customer asked to be forgotten").build());
        assertEquals(200, scheduled.status(), scheduled.body()::toString);
        Instant until = Instant.now().plusSeconds(30);
        while (operator.get("tenants/" + tenant.tenantId()).status() != 404 && Instant.now().isBefore(until)) {
            Thread.sleep(250);
        }

        assertEquals(404, operator.get("tenants/" + tenant.tenantId()).status(), "deleted within 30 s");
        Map<String, Long> after = rowsOf(tenant.tenantId());
        assertEquals(Map.of("public.operator_audit", after.getOrDefault("public.operator_audit", 0L)), after,
                "only the operators' audit remembers the workspace");
        List<JsonObject> entries = operator.get("audit?tenantId=" + tenant.tenantId()).body().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        JsonObject deleted = entries.stream().filter(e -> e.getString("action").equals("DELETE")).findFirst()
                .orElseThrow(() -> new AssertionError(entries.toString()));
        assertTrue(deleted.getString("summary").contains("Verified: no row with its id remains"),
                deleted::toString);
        assertEquals(401, server.api().post("sessions", Json.createObjectBuilder().add("workspace",
                tenant.workspace()).add("email", tenant.adminEmail()).add("password", Tenants.PASSWORD).build())
                .status());
    }

    @Test
    void an_export_whose_server_stopped_while_streaming_shows_as_failed_once_silent_too_long() throws Exception {
        Tenant tenant = Tenants.signUp(server, "export-lost");
        UUID lost = UUID.randomUUID();
        UUID streaming = UUID.randomUUID();
        try (Connection c = server.superuser().getConnection(); PreparedStatement ps = c.prepareStatement(
                "insert into tenant_export (id, tenant_id, started_at, progressed_at, status, tables_total)"
                        + " values (?, ?, now() - ?::interval, now() - ?::interval, 'RUNNING', 40)")) {
            for (Object[] export : List.of(new Object[]{lost, "6 minutes"}, new Object[]{streaming, "10 seconds"})) {
                ps.setObject(1, export[0]);
                ps.setObject(2, UUID.fromString(tenant.tenantId()));
                ps.setString(3, (String) export[1]);
                ps.setString(4, (String) export[1]);
                ps.executeUpdate();
            }
        }

        Map<String, JsonObject> exports = new TreeMap<>();
        Operators.configured(server).get("tenants/" + tenant.tenantId() + "/exports").body().getJsonArray("items")
                .getValuesAs(JsonObject.class).forEach(e -> exports.put(e.getString("id"), e));

        JsonObject interrupted = exports.get(lost.toString());
        assertEquals("FAILED", interrupted.getString("status"), interrupted::toString);
        assertTrue(interrupted.getString("problem").startsWith("interrupted: no progress since before "),
                interrupted::toString);
        assertEquals("RUNNING", exports.get(streaming.toString()).getString("status"), "a live one stays running");
    }

    /** Rows carrying the id in every table of every schema, read as the superuser (no wall applies). */
    private Map<String, Long> rowsOf(String tenantId) throws SQLException {
        Map<String, Long> rows = new TreeMap<>();
        try (Connection c = server.superuser().getConnection()) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("select table_schema || '.' || table_name from"
                    + " information_schema.columns where column_name = 'tenant_id' and table_schema not in"
                    + " ('pg_catalog', 'information_schema') and (table_schema, table_name) in (select table_schema,"
                    + " table_name from information_schema.tables where table_type = 'BASE TABLE')");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            UUID id = UUID.fromString(tenantId);
            for (String table : tables) {
                long n = Sql.count(c, "select count(*) from " + table + " where tenant_id = ?", id);
                if (n > 0) {
                    rows.put(table, n);
                }
            }
            long register = Sql.count(c, "select count(*) from tenant where id = ?", id);
            if (register > 0) {
                rows.put("public.tenant", register);
            }
        }
        return rows;
    }
}
