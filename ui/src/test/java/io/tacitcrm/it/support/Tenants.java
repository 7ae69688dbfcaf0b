package io.tacitcrm.it.support;

import io.tacitcrm.sample.demo.TacitClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
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

    public static Tenant signUp(TestServer server, String prefix) {
        String workspace = uniqueWorkspace(prefix);
        String email = "admin@" + workspace + ".example";
        var reply = server.api().post("signup", signupBody(workspace, email));
        if (reply.status() != 201) {
            throw new IllegalStateException("sign-up failed: " + reply.status() + " " + reply.body());
        }
        return new Tenant(workspace, reply.body().getString("tenantId"), reply.body().getString("adminUserId"), email,
                server.api().login(workspace, email, PASSWORD));
    }
}
