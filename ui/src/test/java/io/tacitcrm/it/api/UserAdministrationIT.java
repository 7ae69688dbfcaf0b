package io.tacitcrm.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Administrators change users; the change holds from the user's very next request, with no stale access. */
class UserAdministrationIT {

    private final TestServer server = TestServer.get();
    private final Tenant tenant = Tenants.signUp(server, "users");
    private final List<String> roles = Tenants.defaultRoleChain(tenant.admin());
    private final String manager = roles.get(2);
    private final String rep = roles.get(3);

    private String idOf(TacitClient user) {
        return user.get("me").body().getString("id");
    }

    private int change(String userId, JsonObject patch) {
        return tenant.admin().patch("users/" + userId, patch, null).status();
    }

    @Test
    void a_deactivated_user_loses_access_at_once_and_logs_in_afresh_after_reactivation() {
        TacitClient liu = Tenants.addUser(server, tenant, "liu", rep);
        String id = idOf(liu);

        assertEquals(204, change(id, Json.createObjectBuilder().add("active", false).build()));
        assertEquals(401, liu.get("me").status());
        assertEquals(401, server.api().post("sessions", Json.createObjectBuilder().add("workspace", tenant.workspace())
                .add("email", "liu@" + tenant.workspace() + ".example").add("password", Tenants.PASSWORD).build())
                        .status());

        assertEquals(204, change(id, Json.createObjectBuilder().add("active", true).build()));
        assertEquals(401, liu.get("me").status(), "deactivation ended the session for good");
        assertEquals(200, server.api().login(tenant.workspace(), "liu@" + tenant.workspace() + ".example",
                Tenants.PASSWORD).get("me").status(), "a new login works after reactivation");
    }

    @Test
    void moving_a_user_to_a_superior_role_shows_them_the_records_below_at_once_and_moving_back_hides_them() {
        TacitClient chen = Tenants.addUser(server, tenant, "chen", rep);
        TacitClient zhang = Tenants.addUser(server, tenant, "zhang", rep);
        String account = zhang.post("accounts", Json.createObjectBuilder().add("name", "Zhang's customer").build())
                .body().getString("id");
        assertEquals(404, chen.get("accounts/" + account).status(), "peers do not see each other's customers");

        assertEquals(204, change(idOf(chen), Json.createObjectBuilder().add("roleId", manager).build()));
        assertEquals(200, chen.get("accounts/" + account).status());
        assertTrue(names(chen).contains("Zhang's customer"));

        assertEquals(204, change(idOf(chen), Json.createObjectBuilder().add("roleId", rep).build()));
        assertEquals(404, chen.get("accounts/" + account).status());
        assertFalse(names(chen).contains("Zhang's customer"));
    }

    private static List<String> names(TacitClient client) {
        return client.get("accounts?limit=200").body().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("name")).toList();
    }

    @Test
    void only_administrators_change_users_and_bad_changes_are_field_errors() {
        TacitClient liu = Tenants.addUser(server, tenant, "liu2", rep);
        String adminId = tenant.adminId();

        assertEquals(403, liu.patch("users/" + idOf(liu), Json.createObjectBuilder().add("roleId", roles.getFirst())
                .build(), null).status());
        assertEquals(403, liu.get("users").status());
        assertEquals(422, change(adminId, Json.createObjectBuilder().add("active", false).build()));
        assertEquals(422, change(idOf(liu), Json.createObjectBuilder().add("roleId", "not-a-role").build()));
        assertEquals(422, change(idOf(liu), Json.createObjectBuilder().add("name", " ").build()));
        assertEquals(422, change(idOf(liu), Json.createObjectBuilder().add("active", "no").build()));
        assertEquals(404, change("00000000-0000-0000-0000-000000000000", Json.createObjectBuilder().add("name", "x")
                .build()));
        assertEquals(200, liu.get("me").status(), "nothing changed for the user");
    }

    @Test
    void another_workspaces_users_and_roles_cannot_be_reached() {
        Tenant other = Tenants.signUp(server, "users-other");
        TacitClient stranger = Tenants.addUser(server, other, "stranger", Tenants.defaultRoleChain(other.admin())
                .get(3));

        assertEquals(404, change(idOf(stranger), Json.createObjectBuilder().add("active", false).build()));
        assertEquals(200, stranger.get("me").status());
        TacitClient liu = Tenants.addUser(server, tenant, "liu3", rep);
        assertEquals(422, change(idOf(liu), Json.createObjectBuilder().add("roleId",
                Tenants.defaultRoleChain(other.admin()).getFirst()).build()));
        assertTrue(tenant.admin().get("users").body().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .noneMatch(u -> u.getString("name").equals("stranger")));
    }
}
