package io.tacitcrm.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The operators' realm is a door of its own: its tokens, its sign-in with a second factor, its operators. */
class OperatorRealmIT {

    private static final JsonValue NO_BODY = JsonValue.EMPTY_JSON_OBJECT;

    private final TestServer server = TestServer.get();

    @Test
    void an_operator_token_never_works_on_the_tenant_api_and_a_tenant_token_never_on_the_operator_api() {
        TacitClient operator = Operators.configured(server);
        Tenant tenant = Tenants.signUp(server, "realm");
        String operatorToken = operator.bearer();
        String tenantToken = tenant.admin().bearer();

        assertEquals(200, operator.get("tenants").status());
        assertEquals(401, server.api().as(operatorToken).get("me").status());
        assertEquals(401, server.api().as(operatorToken).get("accounts").status());
        Reply tenantOnOps = server.opsApi().as(tenantToken).get("tenants");
        assertEquals(401, tenantOnOps.status());
        assertEquals("ops.session-ended", tenantOnOps.body().getString("code"));
        assertEquals(401, server.opsApi().as(tenantToken).get("sessions/current").status());
    }

    @Test
    void the_operators_resources_are_not_found_under_the_tenant_api_whatever_the_token() {
        TacitClient operator = Operators.configured(server);
        Tenant tenant = Tenants.signUp(server, "wall");
        String operatorToken = operator.bearer();
        TacitClient tenantApiWithOperatorToken = new TacitClient(server.baseUri()).as(operatorToken);
        TacitClient tenantApi = new TacitClient(server.baseUri());

        assertEquals(404, tenantApi.get("tenants").status());
        // the tenants' application finds the operators' resources too, under v1/: the wall answers there
        assertEquals(404, tenantApi.get("v1/tenants").status());
        assertEquals(404, tenantApiWithOperatorToken.get("v1/tenants").status());
        assertEquals(404, tenantApiWithOperatorToken.get("v1/sessions/current").status());
        assertEquals(404, tenantApiWithOperatorToken.get("tenants").status());
        assertEquals(404, tenantApiWithOperatorToken.get("operators").status());
        Reply adminTries = new TacitClient(server.baseUri()).as(tenant.admin().bearer())
                .post("tenants/" + tenant.tenantId() + "/resume", NO_BODY);
        assertEquals(404, adminTries.status());
    }

    @Test
    void signing_in_takes_the_password_and_a_fresh_code_and_a_code_is_good_once() {
        TacitClient operator = Operators.configured(server);
        String email = "grace." + UUID.randomUUID().toString().substring(0, 8) + "@ops.tacit.test";
        assertEquals(201, operator.post("operators", Json.createObjectBuilder().add("email", email)
                .add("name", "Grace Operator").add("password", "Second-Operator-9").build()).status());

        Reply noFactorYet = server.opsApi().post("sessions", signIn(email, "Second-Operator-9", "123456"));
        String code = Operators.code(server, email, "Second-Operator-9");
        Reply wrongPassword = server.opsApi().post("sessions", signIn(email, "Not-The-Password-1", code));
        Reply signedIn = server.opsApi().post("sessions", signIn(email, "Second-Operator-9", code));
        Reply sameCodeAgain = server.opsApi().post("sessions", signIn(email, "Second-Operator-9", code));
        Reply enrolAgain = server.opsApi().post("sessions/enrolment", Json.createObjectBuilder()
                .add("email", email).add("password", "Second-Operator-9").build());

        assertEquals(401, noFactorYet.status());
        assertEquals("ops.sign-in-failed", noFactorYet.body().getString("code"));
        assertEquals(401, wrongPassword.status());
        assertEquals(201, signedIn.status(), () -> signedIn.body().toString());
        assertTrue(signedIn.body().getString("token").startsWith("tco_"));
        assertEquals(401, sameCodeAgain.status());
        assertEquals(409, enrolAgain.status());
    }

    @Test
    void a_deactivated_operator_is_stopped_at_his_next_request() {
        TacitClient operator = Operators.configured(server);
        String email = "linus." + UUID.randomUUID().toString().substring(0, 8) + "@ops.tacit.test";
        Reply added = operator.post("operators", Json.createObjectBuilder().add("email", email)
                .add("name", "Linus Operator").add("password", "Third-Operator-9").build());
        TacitClient linus = Operators.signIn(server, email, "Third-Operator-9");
        assertEquals(200, linus.get("tenants?limit=1").status());

        Reply selfStop = operator.post("operators/" + operator.get("sessions/current").body().getString("id")
                + "/deactivate", NO_BODY);
        assertEquals(409, selfStop.status());
        assertEquals(200, operator.post("operators/" + added.body().getString("id") + "/deactivate", NO_BODY).status());

        assertEquals(401, linus.get("tenants?limit=1").status());
        Reply audit = operator.get("audit?limit=20");
        assertTrue(audit.body().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getString("action").equals("OPERATOR_DEACTIVATE")
                        && e.getString("summary").contains(email)));
    }

    @Test
    void adding_an_operator_checks_the_address_name_and_password() {
        TacitClient operator = Operators.configured(server);
        Reply weak = operator.post("operators", Json.createObjectBuilder().add("email", "weak@ops.tacit.test")
                .add("name", "Weak").add("password", "short").build());
        Reply taken = operator.post("operators", Json.createObjectBuilder().add("email", TestServer.OPS_EMAIL)
                .add("name", "Again").add("password", "Another-Operator-9").build());
        Reply anonymous = server.opsApi().post("operators", Json.createObjectBuilder()
                .add("email", "sneak@ops.tacit.test").add("name", "Sneak").add("password", "Sneaky-Operator-9")
                .build());

        assertEquals(422, weak.status());
        assertEquals("password", weak.body().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(409, taken.status());
        assertEquals(401, anonymous.status());
    }

    @Test
    void the_bootstrap_token_opens_nothing_once_an_operator_exists() {
        Reply state = server.opsApi().get("bootstrap");
        Reply tried = server.opsApi().post("bootstrap", Json.createObjectBuilder().add("token", "guessed-token-123456")
                .add("email", "mallory@ops.tacit.test").add("name", "Mallory").add("password", "Mallory-Pass-99")
                .build());

        assertFalse(state.body().getBoolean("open"));
        assertNotEquals(201, tried.status());
        assertEquals(401, tried.status());
    }

    private static JsonObject signIn(String email, String password, String code) {
        return Json.createObjectBuilder().add("email", email).add("password", password).add("code", code).build();
    }
}
