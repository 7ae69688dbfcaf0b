package io.tacitcrm.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.Operators;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The operators' plugin catalog: every installed module with its version, status and problems and the workspaces
 * that use it; switched on for a plan's workspaces and off everywhere, each workspace's switch in its own audit.
 */
class PluginCatalogIT {

    private final TestServer server = TestServer.get();
    private final TacitClient operator = Operators.configured(server);

    @Test
    void the_catalog_names_each_modules_version_status_and_problem() {
        Map<String, JsonObject> catalog = operator.get("plugins").body().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(p -> p.getString("id"), p -> p));

        assertEquals("ACTIVE", catalog.get("knowledge").getString("status"));
        assertTrue(catalog.get("knowledge").getString("version").matches("\\d+\\.\\d+\\.\\d+.*"), catalog::toString);
        assertTrue(catalog.get("unwalled").getString("problem").contains("row-level security"), catalog::toString);
        assertTrue(catalog.get("future").getString("problem").contains(">=99.0.0"), catalog::toString);
        assertEquals(404, operator.get("plugins/no-such-module").status());
    }

    @Test
    void a_module_switched_on_for_a_plans_workspaces_reaches_them_only_and_each_audit_says_so() {
        String plan = "CATALOG_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        assertEquals(201, operator.post("plans", Json.createObjectBuilder().add("code", plan).add("name", "Catalog")
                .add("pluginsAllowed", Json.createArrayBuilder().add("knowledge")).build()).status());
        Tenant first = onPlan(plan);
        Tenant second = onPlan(plan);
        Tenant elsewhere = Tenants.signUp(server, "standard");

        Reply refused = operator.post("plugins/misbehaving/enablement", Json.createObjectBuilder().add("plan", plan)
                .build());
        assertEquals(409, refused.status(), "the plan does not include it: " + refused.body());
        Reply switched = operator.post("plugins/knowledge/enablement", Json.createObjectBuilder().add("plan", plan)
                .build());
        assertEquals(200, switched.status(), switched.body()::toString);
        assertEquals(2, switched.body().getInt("visited"));
        assertEquals(2, switched.body().getInt("changed"));

        assertEquals(200, first.admin().get("x/knowledge/articles").status());
        assertEquals(200, second.admin().get("x/knowledge/articles").status());
        assertEquals(404, elsewhere.admin().get("x/knowledge/articles").status(), "another plan's workspace");
        List<String> using = operator.get("plugins/knowledge").body().getJsonArray("tenants")
                .getValuesAs(JsonObject.class).stream().map(t -> t.getString("workspace")).toList();
        assertTrue(using.containsAll(List.of(first.workspace(), second.workspace())), using::toString);
        assertTrue(first.admin().get("audit?limit=5").raw().body().contains("OPERATOR_PLUGIN_ENABLE"));
        assertEquals(0, operator.post("plugins/knowledge/enablement", Json.createObjectBuilder().add("plan", plan)
                .build()).body().getInt("changed"), "on already");
    }

    @Test
    void a_module_switched_off_everywhere_leaves_its_data_and_a_workspace_may_switch_it_on_again() {
        Tenant tenant = Tenants.signUp(server, "alloff");
        Tenants.switchPlugin(tenant, "misbehaving", true);
        assertNotEquals(404, tenant.admin().get("x/misbehaving/boom").status(), "its route is there (and fails)");

        Reply off = operator.post("plugins/misbehaving/disablement", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(200, off.status(), off.body()::toString);
        assertTrue(off.body().getInt("changed") >= 1, off.body()::toString);

        assertEquals(404, tenant.admin().get("x/misbehaving/boom").status(), "off at the next request");
        assertTrue(tenant.admin().get("audit?limit=5").raw().body().contains("OPERATOR_PLUGIN_DISABLE"));
        assertTrue(operator.get("plugins/misbehaving").body().getJsonArray("tenants").getValuesAs(JsonObject.class)
                .stream().noneMatch(t -> t.getString("workspace").equals(tenant.workspace())));
        Tenants.switchPlugin(tenant, "misbehaving", true);
        assertNotEquals(404, tenant.admin().get("x/misbehaving/boom").status(), "its route is there (and fails)");
        assertEquals(401, tenant.admin().get("../ops/v1/plugins").status(), "a tenant's token never reads it");
    }

    private Tenant onPlan(String plan) {
        Tenant tenant = Tenants.signUp(server, "catalog");
        assertEquals(200, operator.put("tenants/" + tenant.tenantId() + "/plan", Json.createObjectBuilder()
                .add("plan", plan).build()).status());
        return tenant;
    }
}
