package io.tacitcrm.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.Sql;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignupApiIT {

    private final TestServer server = TestServer.get();

    @Test
    void sign_up_creates_the_tenant_with_admin_default_roles_process_and_private_sharing() {
        String workspace = Tenants.uniqueWorkspace("acme");
        Reply reply = server.api().post("signup", Tenants.signupBody(workspace, "Boss@Acme.example"));

        assertEquals(201, reply.status(), reply.body().toString());
        UUID tenant = UUID.fromString(reply.body().getString("tenantId"));
        assertEquals(workspace, reply.body().getString("workspace"));
        assertEquals(1, Sql.count(server.superuser(),
                "select count(*) from app_user where tenant_id = ? and email = 'boss@acme.example'", tenant));
        assertEquals(4, Sql.count(server.superuser(), "select count(*) from app_role where tenant_id = ?", tenant));
        assertEquals(6, Sql.count(server.superuser(), "select count(*) from sales_stage where tenant_id = ?", tenant));
        assertEquals(2, Sql.count(server.superuser(),
                "select count(*) from sharing_default where tenant_id = ? and access = 'PRIVATE'", tenant));

        JsonObject me = server.api().login(workspace, "boss@acme.example", Tenants.PASSWORD).get("me").body();
        List<String> permissions = me.getJsonArray("permissions").getValuesAs(JsonString::getString);
        assertTrue(permissions.containsAll(List.of("users.manage", "customer.create", "customer.transfer")),
                "the top role inherits every permission of the roles below it: " + permissions);
    }

    @Test
    void a_taken_workspace_is_a_conflict_and_creates_nothing() {
        String workspace = Tenants.uniqueWorkspace("taken");
        assertEquals(201, server.api().post("signup", Tenants.signupBody(workspace, "first@x.example")).status());

        Reply second = server.api().post("signup", Tenants.signupBody(workspace, "second@x.example"));

        assertEquals(409, second.status());
        assertEquals("application/problem+json", second.header("Content-Type"));
        assertEquals("workspace", second.body().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(1, Sql.count(server.superuser(), "select count(*) from tenant where slug = ?", workspace));
        assertEquals(0, Sql.count(server.superuser(),
                "select count(*) from app_user where email = 'second@x.example'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "Has Spaces", "-leading", "trailing-", "double--hyphen", "api", "中文工作区",
            "x'; drop table tenant;--"})
    void a_bad_workspace_name_is_rejected_with_a_field_error(String workspace) {
        Reply reply = server.api().post("signup", Tenants.signupBody(workspace, "a@b.example"));

        assertEquals(422, reply.status(), reply.body().toString());
        assertEquals("workspace", reply.body().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(0, Sql.count(server.superuser(), "select count(*) from app_user where email = 'a@b.example'"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"short1!", "onlyletterslong", "1234567890123", "contains-WORKSPACE-name-1"})
    void a_weak_password_is_rejected_and_no_tenant_is_left_behind(String password) {
        String workspace = "weak-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject body = Json.createObjectBuilder(Tenants.signupBody(workspace, "w@weak.example"))
                .add("password", password.replace("WORKSPACE", workspace)).build();

        Reply reply = server.api().post("signup", body);

        assertEquals(422, reply.status(), reply.body().toString());
        assertEquals("password", reply.body().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(0, Sql.count(server.superuser(), "select count(*) from tenant where slug = ?", workspace));
    }

    @Test
    void missing_and_oversized_fields_are_all_reported_at_once() {
        JsonObject body = Json.createObjectBuilder().add("company", "x".repeat(201)).add("workspace", "fine-name-1")
                .add("adminEmail", "not-an-email").add("password", "Valid-pass-123").build();

        Reply reply = server.api().post("signup", body);

        assertEquals(422, reply.status());
        List<String> fields = reply.body().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("company", "adminName", "adminEmail")), fields.toString());
        assertEquals(0, Sql.count(server.superuser(), "select count(*) from tenant where slug = 'fine-name-1'"));
    }

    @Test
    void a_body_that_is_not_json_is_a_bad_request_problem() {
        Reply reply = server.api().postRaw("signup", "{\"company\": ");

        assertEquals(400, reply.status());
        assertEquals("application/problem+json", reply.header("Content-Type"));
    }
}
