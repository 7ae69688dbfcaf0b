package io.tacitcrm.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.Operators;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

/**
 * Operators guard sign-up: names nobody may take, a daily number of sign-ups per address, and approval of new
 * workspaces before anyone of them signs in. Each test puts the open policy back, whatever happens.
 */
class SignupProtectionIT {

    private static final JsonObject OPEN = Json.createObjectBuilder().add("reservedNames", Json.createArrayBuilder())
            .add("approvalRequired", false).build();

    private final TestServer server = TestServer.get();
    private final TacitClient operator = Operators.configured(server);

    @Test
    void reserved_names_the_daily_limit_per_address_and_approval_hold_until_an_operator_approves()
            throws UnknownHostException {
        Reply set = operator.put("signup-policy", Json.createObjectBuilder()
                .add("reservedNames", Json.createArrayBuilder().add(" Acme-Corp ").add("globex"))
                .add("maxPerAddressPerDay", 2).add("approvalRequired", true).build());
        assertEquals(200, set.status(), set.body()::toString);
        try {
            assertEquals("[\"acme-corp\",\"globex\"]", set.body().getJsonArray("reservedNames").toString());
            TacitClient visitor = server.api().from(InetAddress.getByName("127.0.0.41"));
            Reply reserved = visitor.post("signup", Tenants.signupBody("acme-corp", "a@acme.example"));
            assertEquals(422, reserved.status(), reserved.body()::toString);
            assertEquals("workspace.reserved", reserved.body().getJsonArray("errors").getJsonObject(0)
                    .getString("code"));

            String first = Tenants.uniqueWorkspace("pending");
            Reply signedUp = visitor.post("signup", Tenants.signupBody(first, "admin@" + first + ".example"));
            assertEquals(201, signedUp.status(), signedUp.body()::toString);
            assertEquals("PENDING", signedUp.body().getString("status"));
            Reply login = login(first);
            assertEquals(403, login.status(), login.body()::toString);
            assertEquals("login.pending", login.body().getString("code"));

            String second = Tenants.uniqueWorkspace("pending");
            assertEquals(201, visitor.post("signup", Tenants.signupBody(second, "admin@" + second + ".example"))
                    .status());
            String third = Tenants.uniqueWorkspace("pending");
            Reply tooMany = visitor.post("signup", Tenants.signupBody(third, "admin@" + third + ".example"));
            assertEquals(429, tooMany.status(), tooMany.body()::toString);
            assertEquals("signup.too-many", tooMany.body().getString("code"));
            assertTrue(Long.parseLong(tooMany.header("Retry-After")) > 23 * 3600, tooMany.header("Retry-After"));
            assertEquals(201, server.api().from(InetAddress.getByName("127.0.0.42")).post("signup",
                    Tenants.signupBody(third, "admin@" + third + ".example")).status(),
                    "another address has its own count");

            String id = signedUp.body().getString("tenantId");
            assertEquals("PENDING", operator.get("tenants/" + id).body().getString("status"));
            Reply approved = operator.post("tenants/" + id + "/approve", JsonValue.EMPTY_JSON_OBJECT);
            assertEquals(200, approved.status(), approved.body()::toString);
            assertEquals("ACTIVE", approved.body().getString("status"));
            assertEquals(201, login(first).status(), "approved, its administrator signs in");
            assertEquals(409, operator.post("tenants/" + id + "/approve", JsonValue.EMPTY_JSON_OBJECT).status());
            String audit = operator.get("audit?limit=20").raw().body();
            assertTrue(audit.contains("SIGNUP_POLICY") && audit.contains("APPROVE"), audit);
        } finally {
            assertEquals(200, operator.put("signup-policy", OPEN).status());
        }
        assertEquals(201, server.api().from(InetAddress.getByName("127.0.0.41")).post("signup",
                Tenants.signupBody(Tenants.uniqueWorkspace("open"), "x@open.example")).status(),
                "the open policy limits nothing");
    }

    @Test
    void a_policy_out_of_bounds_is_refused_field_by_field_and_a_tenant_token_never_changes_it() {
        Reply zero = operator.put("signup-policy", Json.createObjectBuilder().add("maxPerAddressPerDay", 0).build());
        assertEquals(422, zero.status(), zero.body()::toString);
        assertEquals("maxPerAddressPerDay", zero.body().getJsonArray("errors").getJsonObject(0).getString("field"));
        Reply longName = operator.put("signup-policy", Json.createObjectBuilder().add("reservedNames",
                Json.createArrayBuilder().add("x".repeat(41))).build());
        assertEquals(422, longName.status(), longName.body()::toString);
        Tenants.Tenant tenant = Tenants.signUp(server, "nosy");
        assertEquals(401, tenant.admin().put("../ops/v1/signup-policy", OPEN).status());
        assertEquals(false, operator.get("signup-policy").body().getBoolean("approvalRequired"));
    }

    private Reply login(String workspace) {
        return server.api().post("sessions", Json.createObjectBuilder().add("workspace", workspace)
                .add("email", "admin@" + workspace + ".example").add("password", Tenants.PASSWORD).build());
    }
}
