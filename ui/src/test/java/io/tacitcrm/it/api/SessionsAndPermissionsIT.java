package io.tacitcrm.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sessions end when a user is deactivated and stay ended; a role's permissions change through the API and apply at the
 * next request; guessing at an account slows the guesser, not the account's owner.
 */
class SessionsAndPermissionsIT {

    private final TestServer server = TestServer.get();
    private final Tenant tenant = Tenants.signUp(server, "sessions");
    private final TacitClient admin = tenant.admin();
    private final List<String> roles = Tenants.defaultRoleChain(admin);

    @Test
    void a_token_issued_before_deactivation_stays_refused_after_reactivation() {
        String name = "leaver-" + System.nanoTime();
        TacitClient leaver = Tenants.addUser(server, tenant, name, roles.getLast());
        String id = leaver.get("me").body().getString("id");
        assertEquals(200, leaver.get("accounts").status());

        assertEquals(204, admin.patch("users/" + id, Json.createObjectBuilder().add("active", false).build(),
                null).status());
        assertEquals(401, leaver.get("accounts").status());
        assertEquals(204, admin.patch("users/" + id, Json.createObjectBuilder().add("active", true).build(),
                null).status());

        assertEquals(401, leaver.get("accounts").status(), "the old session does not come back with the user");
        TacitClient again = server.api().login(tenant.workspace(), name + "@" + tenant.workspace() + ".example",
                Tenants.PASSWORD);
        assertEquals(200, again.get("accounts").status(), "a new login works");
        assertTrue(admin.get("audit?entityType=user&entityId=" + id).body().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().anyMatch(e -> e.getString("summary").contains("deactivated")));
    }

    @Test
    void a_roles_permissions_change_through_a_patch_are_audited_and_apply_at_the_next_request() {
        String repRole = roles.getLast();
        TacitClient rep = Tenants.addUser(server, tenant, "rep-" + System.nanoTime(), repRole);
        assertEquals(201, rep.post("accounts", Json.createObjectBuilder().add("name", "Allowed").build()).status());

        Reply emptied = admin.patch("roles/" + repRole, Json.createObjectBuilder()
                .add("permissions", Json.createArrayBuilder()).build(), null);

        assertEquals(204, emptied.status(), emptied.body().toString());
        assertEquals(List.of(), permissionsOf(repRole));
        assertEquals(403, rep.post("accounts", Json.createObjectBuilder().add("name", "Refused").build()).status());
        assertEquals(204, admin.patch("roles/" + repRole, Json.createObjectBuilder().add("permissions",
                Json.createArrayBuilder().add("customer.create").add("customer.export")).build(), null).status());
        assertEquals(List.of("customer.create", "customer.export"), permissionsOf(repRole));
        assertEquals(201, rep.post("accounts", Json.createObjectBuilder().add("name",
                "Allowed again").build()).status());
        assertTrue(admin.get("audit?entityType=role&entityId=" + repRole).body().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().anyMatch(e -> e.getString("action").equals("PERMISSIONS")));
    }

    @Test
    void a_permissions_patch_with_unknown_codes_or_one_that_locks_the_administrator_out_changes_nothing() {
        String top = roles.getFirst();
        List<String> before = permissionsOf(top);

        Reply unknown = admin.patch("roles/" + top, Json.createObjectBuilder().add("permissions",
                Json.createArrayBuilder().add("users.manage").add("root.everything")).build(), null);
        assertEquals(422, unknown.status());
        assertEquals("permission.unknown", unknown.body().getJsonArray("errors").getJsonObject(0).getString("code"));

        Reply lockout = admin.patch("roles/" + top, Json.createObjectBuilder().add("permissions",
                Json.createArrayBuilder().add("audit.read")).build(), null);
        assertEquals(422, lockout.status());
        assertEquals("role.lockout", lockout.body().getJsonArray("errors").getJsonObject(0).getString("code"));

        Reply wrongType = admin.patch("roles/" + top, Json.createObjectBuilder().add("permissions", "users.manage")
                .build(), null);
        assertEquals(422, wrongType.status());
        assertEquals(before, permissionsOf(top));
    }

    @Test
    void someone_guessing_a_password_from_elsewhere_does_not_lock_the_owner_out() throws UnknownHostException {
        String email = "owner-" + System.nanoTime();
        Tenants.addUser(server, tenant, email, roles.getLast());
        String login = email + "@" + tenant.workspace() + ".example";
        TacitClient guesser = server.api().from(InetAddress.getByName("127.0.0.2"));
        for (int i = 0; i < 8; i++) {
            guesser.post("sessions", credentials(login, "wrong-password-" + i));
        }
        Reply stillGuessing = guesser.post("sessions", credentials(login, Tenants.PASSWORD));
        assertEquals(429, stillGuessing.status(), "the guesser's address waits, even with the right password");
        assertTrue(Integer.parseInt(stillGuessing.header("Retry-After")) >= 1);

        Reply owner = server.api().post("sessions", credentials(login, Tenants.PASSWORD));
        assertEquals(201, owner.status(), "the owner, from another address, logs in");
    }

    @Test
    void one_address_failing_across_many_accounts_is_stopped_for_every_account() throws UnknownHostException {
        TacitClient sprayer = server.api().from(InetAddress.getByName("127.0.0.3"));
        int refused = 0;
        for (int i = 0; i < 51; i++) {
            refused += sprayer.post("sessions", credentials("nobody-" + i + "@x.example",
                    "Spring2026!")).status() == 429
                    ? 1 : 0;
        }
        assertTrue(refused >= 1, "the address was stopped");
        assertEquals(429, sprayer.post("sessions", credentials(tenant.adminEmail(), Tenants.PASSWORD)).status());
        assertEquals(201, server.api().post("sessions", credentials(tenant.adminEmail(), Tenants.PASSWORD)).status());
    }

    private JsonObject credentials(String email, String password) {
        return Json.createObjectBuilder().add("workspace", tenant.workspace()).add("email", email)
                .add("password", password).build();
    }

    private List<String> permissionsOf(String role) {
        return admin.get("roles").body().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("id").equals(role)).findFirst().orElseThrow()
                .getJsonArray("permissions").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }
}
