package io.tacitcrm.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.tacitcrm.it.support.Sql;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.TacitClient.Reply;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

class LoginApiIT {

    private final TestServer server = TestServer.get();
    private final Tenant tenant = Tenants.signUp(server, "login");

    private Reply login(String workspace, String email, String password) {
        JsonObject body = Json.createObjectBuilder().add("workspace", workspace).add("email", email).add("password",
                password).build();
        return server.api().post("sessions", body);
    }

    @Test
    void wrong_password_unknown_user_and_unknown_workspace_all_look_the_same() {
        Reply wrongPassword = login(tenant.workspace(), tenant.adminEmail(), "Wrong-password-1");
        Reply unknownUser = login(tenant.workspace(), "nobody@x.example", Tenants.PASSWORD);
        Reply unknownWorkspace = login("no-such-workspace", tenant.adminEmail(), Tenants.PASSWORD);

        for (Reply r : new Reply[] {wrongPassword, unknownUser, unknownWorkspace}) {
            assertEquals(401, r.status());
            assertEquals("login.failed", r.body().getString("code"));
        }
    }

    @Test
    void repeated_failed_logins_are_throttled_even_for_the_right_password() {
        for (int i = 0; i < 6; i++) {
            login(tenant.workspace(), tenant.adminEmail(), "Wrong-password-" + i);
        }
        Reply throttled = login(tenant.workspace(), tenant.adminEmail(), Tenants.PASSWORD);

        assertEquals(429, throttled.status());
        assertNotNull(throttled.header("Retry-After"));
    }

    @Test
    void a_suspended_tenant_cannot_log_in_and_its_tokens_stop_working() {
        assertEquals(200, tenant.admin().get("accounts").status());
        Sql.update(server.superuser(), "update tenant set status = 'SUSPENDED' where slug = ?", tenant.workspace());

        Reply login = login(tenant.workspace(), tenant.adminEmail(), Tenants.PASSWORD);
        Reply withOldToken = tenant.admin().get("accounts");

        assertEquals(403, login.status());
        assertEquals("login.suspended", login.body().getString("code"));
        assertEquals(401, withOldToken.status());
    }

    @Test
    void logging_out_revokes_the_token() {
        assertEquals(204, tenant.admin().delete("sessions/current", null).status());
        assertEquals(401, tenant.admin().get("me").status());
    }

    @Test
    void a_token_revoked_or_a_user_renamed_by_another_server_counts_at_the_next_request() {
        Reply session = login(tenant.workspace(), tenant.adminEmail(), Tenants.PASSWORD);
        TacitClient other = tenant.admin().as(session.body().getString("token"));
        assertEquals(200, other.get("me").status());
        assertEquals(200, tenant.admin().get("me").status());

        // straight in the database, as another server of the same service would; each change alone
        Sql.update(server.superuser(), "update api_token set revoked_at = now() where secret_hash = encode(sha256("
                + "convert_to(?, 'UTF8')), 'hex')", session.body().getString("token"));
        assertEquals(401, other.get("me").status());

        Sql.update(server.superuser(), "update app_user set name = 'Renamed Elsewhere' where email = ?",
                tenant.adminEmail());
        assertEquals("Renamed Elsewhere", tenant.admin().get("me").body().getString("name"));
    }

    @Test
    void only_a_hash_of_a_token_is_stored() {
        Reply session = login(tenant.workspace(), tenant.adminEmail(), Tenants.PASSWORD);
        String token = session.body().getString("token");

        assertEquals(0, Sql.count(server.superuser(), "select count(*) from api_token where secret_hash = ?", token));
        assertEquals(0, Sql.count(server.superuser(), "select count(*) from app_user where password_hash like '%"
                + Tenants.PASSWORD + "%'"));
    }
}
