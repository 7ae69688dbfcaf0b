package io.tacitcrm.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Changing one's own password through the API ends every session and token but the new one it answers with. */
class MyPasswordIT {

    private static final String NEW = "Fresh-secret-2027";

    private final TestServer server = TestServer.get();
    private final Tenant tenant = Tenants.signUp(server, "password");

    private static JsonObject change(String current, String fresh) {
        return Json.createObjectBuilder().add("currentPassword", current).add("newPassword", fresh).build();
    }

    @Test
    void a_changed_password_ends_every_earlier_session_and_token_and_the_answer_is_a_session_that_works() {
        TacitClient otherDevice = server.api().login(tenant.workspace(), tenant.adminEmail(), Tenants.PASSWORD);
        String script = tenant.admin().post("me/tokens", Json.createObjectBuilder().add("name", "CI").build())
                .body().getString("token");

        Reply changed = tenant.admin().post("me/password", change(Tenants.PASSWORD, NEW));
        assertEquals(200, changed.status(), changed.body()::toString);

        assertEquals(401, tenant.admin().get("me").status());
        assertEquals(401, otherDevice.get("me").status());
        assertEquals(401, server.api().as(script).get("me").status());
        assertEquals(200, server.api().as(changed.body().getString("token")).get("me").status());
        Reply oldPassword = server.api().post("sessions", Json.createObjectBuilder().add("workspace",
                tenant.workspace()).add("email", tenant.adminEmail()).add("password", Tenants.PASSWORD).build());
        assertEquals(401, oldPassword.status());
        assertEquals(200, server.api().login(tenant.workspace(), tenant.adminEmail(), NEW).get("me").status());
    }

    @Test
    void a_wrong_current_password_or_a_weak_new_one_is_refused_on_its_field_and_a_personal_token_may_not_try() {
        Reply wrong = tenant.admin().post("me/password", change("Not-my-password-1", NEW));
        assertEquals(422, wrong.status());
        assertEquals("currentPassword", wrong.body().getJsonArray("errors").getJsonObject(0).getString("field"));
        Reply weak = tenant.admin().post("me/password", change(Tenants.PASSWORD, "short"));
        assertEquals(422, weak.status());
        assertEquals("newPassword", weak.body().getJsonArray("errors").getJsonObject(0).getString("field"));

        String script = tenant.admin().post("me/tokens", Json.createObjectBuilder().add("name", "CI").build())
                .body().getString("token");
        Reply byToken = server.api().as(script).post("me/password", change(Tenants.PASSWORD, NEW));
        assertEquals(403, byToken.status());
        assertEquals("token.signed-in-only", byToken.body().getString("code"));
        assertEquals(200, tenant.admin().get("me").status(), "nothing changed");
    }
}
