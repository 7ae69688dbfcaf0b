package io.tacitcrm.it.support;

import io.tacitcrm.testkit.Company;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;

/** Signs up throw-away tenants with unique workspaces, so tests never share data. */
public final class Tenants {

    public static final String PASSWORD = "Correct-Horse-42";

    /** A signed-up tenant and a client logged in as its administrator. */
    public record Tenant(String workspace, String tenantId, String adminId, String adminEmail, TacitClient admin) {
    }

    private Tenants() {
    }

    public static String uniqueWorkspace(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static JsonObject signupBody(String workspace, String email) {
        return Json.createObjectBuilder().add("company", "Company " + workspace).add("workspace", workspace)
                .add("adminName", "Admin " + workspace).add("adminEmail", email).add("password", PASSWORD)
                .add("locale", "en").build();
    }

    /** The sign-up's default roles, top first (General Manager → Sales Director → Sales Manager → Sales Rep). */
    public static List<String> defaultRoleChain(TacitClient admin) {
        return Company.roleChain(admin);
    }

    /** Adds a user on a role and returns a client logged in as them. */
    public static TacitClient addUser(TestServer server, Tenant tenant, String name, String roleId) {
        String email = name + "@" + tenant.workspace() + ".example";
        var reply = tenant.admin().post("users", Json.createObjectBuilder().add("email", email).add("name", name)
                .add("roleId", roleId).add("password", PASSWORD).build());
        if (reply.status() != 201) {
            throw new IllegalStateException("adding a user failed: " + reply.status() + " " + reply.body());
        }
        return server.api().login(tenant.workspace(), email, PASSWORD);
    }

    /** Switches an installed plugin on (or off) for the tenant, as its administrator. */
    public static void switchPlugin(Tenant tenant, String pluginId, boolean enabled) {
        var reply = tenant.admin().patch("plugins/" + pluginId, Json.createObjectBuilder().add("enabled", enabled)
                .build(), null);
        if (reply.status() != 200) {
            throw new IllegalStateException("switching plugin " + pluginId + " failed: " + reply.status() + " "
                    + reply.body());
        }
    }

    public static Tenant signUp(TestServer server, String prefix) {
        return signUp(server, prefix, "en");
    }

    /** A tenant whose company works in {@code locale} (its default roles and sales process are named in it). */
    public static Tenant signUp(TestServer server, String prefix, String locale) {
        String workspace = uniqueWorkspace(prefix);
        String email = "admin@" + workspace + ".example";
        var reply = server.api().post("signup", Json.createObjectBuilder(signupBody(workspace, email))
                .add("locale", locale).build());
        if (reply.status() != 201) {
            throw new IllegalStateException("sign-up failed: " + reply.status() + " " + reply.body());
        }
        return new Tenant(workspace, reply.body().getString("tenantId"), reply.body().getString("adminUserId"), email,
                server.api().login(workspace, email, PASSWORD));
    }
}
