package io.tacitcrm.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.Operators;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.LibertyServer;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Operators define plans; a workspace's plan is held where things are added, with the limit and the figure. */
class PlansIT {

    private static final String CSV = "text/csv";

    private final TestServer server = TestServer.get();
    private final TacitClient operator = Operators.configured(server);

    @Test
    void a_workspace_on_a_small_plan_is_refused_the_customer_user_and_module_beyond_it() {
        Tenant tenant = Tenants.signUp(server, "small");
        String code = plan("SMALL", Json.createObjectBuilder().add("name", "Small").add("maxUsers", 2)
                .add("maxCustomers", 3).add("pluginsAllowed", Json.createArrayBuilder().add("visit-cadence")));
        Reply assigned = operator.put("tenants/" + tenant.tenantId() + "/plan", Json.createObjectBuilder()
                .add("plan", code).build());
        assertEquals(code, assigned.body().getString("plan"));

        for (int i = 0; i < 3; i++) {
            assertEquals(201, account(tenant, "Small " + i).status());
        }
        Reply fourth = account(tenant, "Small 3");
        Reply imported = tenant.admin().upload("accounts/import", CSV, "name\nImported A\n"
                .getBytes(StandardCharsets.UTF_8));
        Reply second = user(tenant, "second");
        Reply third = user(tenant, "third");
        Reply module = tenant.admin().patch("plugins/knowledge", Json.createObjectBuilder().add("enabled", true)
                .build(), null);
        JsonObject status = tenant.admin().get("plan").body();

        assertEquals(402, fourth.status());
        assertEquals("plan.customers", fourth.body().getString("code"));
        assertEquals(3, fourth.body().getInt("limit"));
        assertEquals(3, fourth.body().getInt("current"));
        assertEquals(402, imported.status());
        assertEquals(201, second.status());
        assertEquals(402, third.status());
        assertEquals("plan.users", third.body().getString("code"));
        assertEquals(2, third.body().getInt("current"));
        assertEquals(402, module.status());
        assertEquals("plan.plugin", module.body().getString("code"));
        assertEquals(code, status.getString("plan"));
        assertEquals(3, status.getJsonObject("customers").getInt("limit"));
        assertEquals(3, status.getJsonObject("customers").getInt("current"));
        assertEquals(2, status.getJsonObject("users").getInt("current"));
        assertTrue(status.getJsonObject("storageMb").isNull("limit"));
    }

    @Test
    void raising_a_plans_limit_lets_its_workspaces_add_again_and_the_move_is_in_both_audits() {
        Tenant tenant = Tenants.signUp(server, "grow");
        String code = plan("TINY", Json.createObjectBuilder().add("name", "Tiny").add("maxCustomers", 1));
        operator.put("tenants/" + tenant.tenantId() + "/plan", Json.createObjectBuilder().add("plan", code).build());
        assertEquals(201, account(tenant, "First").status());
        assertEquals(402, account(tenant, "Second").status());

        Reply raised = operator.put("plans/" + code, Json.createObjectBuilder().add("name", "Tiny plus")
                .add("maxCustomers", 5).build());

        assertEquals(200, raised.status(), raised.body()::toString);
        assertEquals(201, account(tenant, "Second").status());
        List<String> workspaceAudit = tenant.admin().get("audit?entityType=WORKSPACE").body().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("summary")).toList();
        assertTrue(workspaceAudit.stream().anyMatch(s -> s.contains("from plan STANDARD to " + code)),
                workspaceAudit::toString);
        List<String> operatorAudit = operator.get("audit?limit=50").body().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("action")).toList();
        assertTrue(operatorAudit.containsAll(List.of("PLAN_CREATE", "PLAN_CHANGE", "PLAN")), operatorAudit::toString);
    }

    @Test
    void a_workspace_over_its_requests_per_minute_is_told_to_wait_and_the_limit_holds_across_two_servers()
            throws Exception {
        Tenant tenant = Tenants.signUp(server, "rate");
        String code = plan("RATE", Json.createObjectBuilder().add("name", "Rate").add("apiPerMinute", 20));
        operator.put("tenants/" + tenant.tenantId() + "/plan", Json.createObjectBuilder().add("plan", code).build());
        try (LibertyServer second = server.startAnother("tacit-rate")) {
            minuteWithRoom();
            TacitClient onSecond = new TacitClient(second.baseUri()).as(tenant.admin().bearer());
            List<Reply> first = requests(tenant.admin(), 15);
            Thread.sleep(2500); // the servers exchange their counts every second
            List<Reply> then = requests(onSecond, 10);

            assertEquals(15, first.stream().filter(r -> r.status() == 200).count(), "the first server, alone");
            long passed = then.stream().filter(r -> r.status() == 200).count();
            assertEquals(5, passed, "the second server knows the first one's 15");
            Reply refused = then.getLast();
            assertEquals(429, refused.status());
            assertEquals("plan.api-rate", refused.body().getString("code"));
            assertEquals(20, refused.body().getInt("limit"));
            assertEquals(20, refused.body().getInt("current"));
            assertTrue(Integer.parseInt(refused.header("Retry-After")) >= 1);
        }
    }

    /** Starts the counting early enough in a minute that it does not run into the next one. */
    private static void minuteWithRoom() throws InterruptedException {
        int second = LocalTime.now(ZoneOffset.UTC).getSecond();
        if (second > 35) {
            Thread.sleep((61 - second) * 1000L);
        }
    }

    private static List<Reply> requests(TacitClient client, int count) {
        List<Reply> replies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            replies.add(client.get("me"));
        }
        return replies;
    }

    @Test
    void a_plan_needs_a_proper_code_name_and_limits_and_a_workspace_a_known_plan() {
        Tenant tenant = Tenants.signUp(server, "planbad");
        Reply badCode = operator.post("plans", Json.createObjectBuilder().add("code", "small plan").add("name", "x")
                .build());
        Reply badLimit = operator.post("plans", Json.createObjectBuilder().add("code", unique("NEG"))
                .add("name", "Negative").add("maxUsers", 0).build());
        Reply unknown = operator.put("tenants/" + tenant.tenantId() + "/plan", Json.createObjectBuilder()
                .add("plan", "NO_SUCH_PLAN").build());
        Reply forRep = tenant.admin().get("plan");

        assertEquals(422, badCode.status());
        assertEquals("code", badCode.body().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(422, badLimit.status());
        assertEquals("maxUsers", badLimit.body().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(422, unknown.status());
        assertEquals(200, forRep.status());
        assertEquals("STANDARD", forRep.body().getString("plan"));
        assertTrue(forRep.body().getJsonObject("customers").isNull("limit"));
    }

    private String plan(String prefix, JsonObjectBuilder body) {
        String code = unique(prefix);
        Reply created = operator.post("plans", body.add("code", code).build());
        assertEquals(201, created.status(), created.body()::toString);
        return code;
    }

    private static String unique(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static Reply account(Tenant tenant, String name) {
        return tenant.admin().post("accounts", Json.createObjectBuilder().add("name", name).build());
    }

    private static Reply user(Tenant tenant, String name) {
        return tenant.admin().post("users", Json.createObjectBuilder().add("email", name + "@" + tenant.workspace()
                + ".example").add("name", name).add("roleId", Tenants.defaultRoleChain(tenant.admin()).getLast())
                .add("password", Tenants.PASSWORD).build());
    }
}
