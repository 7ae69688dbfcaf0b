package io.tacitcrm.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.Operators;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Operators see workspaces' metadata and counts, suspend and resume them, and every action is audited twice. */
class TenantOperationsIT {

    private static final JsonValue NO_BODY = JsonValue.EMPTY_JSON_OBJECT;

    private final TestServer server = TestServer.get();
    private final TacitClient operator = Operators.configured(server);

    @Test
    void a_workspace_shows_its_counts_users_storage_and_api_figures_after_a_measurement() {
        Tenant tenant = Tenants.signUp(server, "usage");
        for (int i = 0; i < 3; i++) {
            assertEquals(201, tenant.admin().post("accounts", Json.createObjectBuilder().add("name", "Usage " + i)
                    .build()).status());
        }
        assertEquals(404, tenant.admin().get("accounts/" + UUID.randomUUID()).status());

        JsonObject measured = operator.post("tenants/" + tenant.tenantId() + "/measurements", NO_BODY).body();
        JsonObject listed = awaitApiFigures(tenant);

        assertEquals(3, measured.getJsonObject("records").getInt("public.account"));
        assertEquals(1, measured.getJsonObject("users").getInt("active"));
        assertEquals(1, measured.getJsonObject("users").getInt("all"));
        assertTrue(measured.getJsonNumber("storageBytes").longValue() > 0);
        assertEquals(tenant.workspace(), listed.getString("workspace"));
        assertEquals("ACTIVE", listed.getString("status"));
        assertTrue(listed.getJsonObject("api").getInt("requests24h") >= 5, listed::toString);
        assertTrue(listed.getJsonObject("api").getInt("errors24h") >= 1, listed::toString);
        assertFalse(listed.isNull("lastLoginAt"));
    }

    @Test
    void the_list_searches_by_workspace_and_pages_each_order_without_repeating_a_workspace() {
        String prefix = "pages" + Long.toString(System.nanoTime() % 100000, 36);
        for (int i = 0; i < 3; i++) {
            Tenants.signUp(server, prefix);
        }
        for (String sort : List.of("name", "created", "size", "lastActivity")) {
            Set<String> seen = new HashSet<>();
            String cursor = null;
            do {
                Reply page = operator.get("tenants?q=" + prefix + "&limit=2&sort=" + sort
                        + (cursor == null ? "" : "&cursor=" + cursor));
                assertEquals(200, page.status(), page.body()::toString);
                page.body().getJsonArray("items").getValuesAs(JsonObject.class)
                        .forEach(t -> assertTrue(seen.add(t.getString("id")), "repeated in " + sort));
                cursor = page.body().isNull("nextCursor") ? null : page.body().getString("nextCursor");
            } while (cursor != null);
            assertEquals(3, seen.size(), sort);
        }
        assertEquals(422, operator.get("tenants?sort=color").status());
    }

    @Test
    void a_suspended_workspace_stops_at_its_next_request_and_its_admin_sees_why_and_who() {
        Tenant tenant = Tenants.signUp(server, "suspend");
        assertEquals(200, tenant.admin().get("accounts").status());

        Reply noReason = operator.post("tenants/" + tenant.tenantId() + "/suspend",
                Json.createObjectBuilder().add("reason", "  ").build());
        Reply suspended = operator.post("tenants/" + tenant.tenantId() + "/suspend",
                Json.createObjectBuilder().add("reason", "Invoice 2026-11 unpaid").build());
        Reply oldToken = tenant.admin().get("accounts");
        Reply login = server.api().post("sessions", Json.createObjectBuilder().add("workspace", tenant.workspace())
                .add("email", tenant.adminEmail()).add("password", Tenants.PASSWORD).build());
        Reply twice = operator.post("tenants/" + tenant.tenantId() + "/suspend",
                Json.createObjectBuilder().add("reason", "again").build());

        assertEquals(422, noReason.status());
        assertEquals("reason", noReason.body().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("SUSPENDED", suspended.body().getString("status"));
        assertEquals("Invoice 2026-11 unpaid", suspended.body().getString("statusReason"));
        assertEquals(401, oldToken.status());
        assertEquals(403, login.status());
        assertTrue(login.body().getString("detail").contains("Invoice 2026-11 unpaid"));
        assertEquals(409, twice.status());

        assertEquals("ACTIVE", operator.post("tenants/" + tenant.tenantId() + "/resume", NO_BODY).body()
                .getString("status"));
        TacitClient back = server.api().login(tenant.workspace(), tenant.adminEmail(), Tenants.PASSWORD);
        List<JsonObject> audit = back.get("audit?entityType=WORKSPACE").body().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(List.of("OPERATOR_RESUME", "OPERATOR_SUSPEND"), audit.stream()
                .map(e -> e.getString("action")).toList());
        assertTrue(audit.get(1).getString("summary").contains("Ada Operator"), audit.get(1)::toString);
        assertTrue(audit.get(1).getString("summary").contains("Invoice 2026-11 unpaid"));
        List<JsonObject> operatorAudit = operator.get("audit?tenantId=" + tenant.tenantId()).body()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of("RESUME", "SUSPEND"), operatorAudit.stream().map(e -> e.getString("action")).toList());
    }

    @Test
    void another_workspace_or_an_unknown_id_is_not_found() {
        Reply unknown = operator.get("tenants/" + UUID.randomUUID());
        Reply malformed = operator.get("tenants/not-an-id");

        assertEquals(404, unknown.status());
        assertEquals(404, malformed.status());
    }

    /** The API figures reach the table at the next flush (every second in tests). */
    private JsonObject awaitApiFigures(Tenant tenant) {
        Instant until = Instant.now().plus(Duration.ofSeconds(15));
        JsonObject found;
        do {
            found = operator.get("tenants/" + tenant.tenantId()).body();
            if (found.getJsonObject("api").getInt("errors24h") >= 1) {
                return found;
            }
            pause();
        } while (Instant.now().isBefore(until));
        return found;
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
