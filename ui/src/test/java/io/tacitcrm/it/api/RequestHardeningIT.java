package io.tacitcrm.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hostile or sloppy input gets a clear problem document, never a 500, an HTML page or a silent success: what the
 * outside probe sent, and the same kind of request at every other door.
 */
class RequestHardeningIT {

    private final TestServer server = TestServer.get();
    private final Tenant tenant = Tenants.signUp(server, "hardening");
    private final TacitClient admin = tenant.admin();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void a_page_size_that_is_not_a_number_is_a_field_error_on_every_list() {
        String account = created(admin.post("accounts", Json.createObjectBuilder().add("name", "Listed").build()));
        for (String list : List.of("accounts?", "contacts?accountId=" + account + "&", "opportunities?", "activities?",
                "audit?", "pool?", "accounts/" + account + "/timeline?")) {
            Reply reply = admin.get(list + "limit=abc");
            assertEquals(422, reply.status(), list + ": " + reply.body());
            assertTrue(fields(reply).contains("limit"), list + ": " + reply.body());
        }
    }

    @Test
    void text_fields_refuse_numbers_and_booleans_and_web_addresses_refuse_scripts() {
        Reply typed = admin.post("accounts", Json.createObjectBuilder().add("name", 42).add("region", true)
                .add("industry", Json.createArrayBuilder().add("x")).build());
        assertEquals(422, typed.status(), typed.body().toString());
        assertEquals(List.of("industry", "name", "region"), fields(typed).stream().sorted().toList());

        for (String bad : List.of("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>x</script>",
                "vbscript:msgbox", "java\tscript:alert(1)")) {
            Reply reply = admin.post("accounts", Json.createObjectBuilder().add("name", "Linked").add("website",
                    bad).build());
            assertEquals(422, reply.status(), bad);
            String code = reply.body().getJsonArray("errors").getJsonObject(0).getString("code");
            assertTrue(code.equals("url.invalid") || code.equals("control-characters"), bad + ": " + code);
        }
        for (String good : List.of("https://example.com/about", "http://example.cn", "www.example.com",
                "example.com:8080/x")) {
            assertEquals(201, admin.post("accounts", Json.createObjectBuilder().add("name", "Linked " + good)
                    .add("website", good).build()).status(), good);
        }
        String account = created(admin.post("accounts", Json.createObjectBuilder().add("name", "Patched").build()));
        Reply patched = admin.patch("accounts/" + account, Json.createObjectBuilder().add("website", "javascript:x")
                .build(), null);
        assertEquals(422, patched.status());
        Reply contact = admin.post("contacts", Json.createObjectBuilder().add("accountId", account).add("name",
                7).build());
        assertEquals(422, contact.status(), contact.body().toString());
    }

    @Test
    void every_merge_patch_refuses_fields_it_does_not_change() {
        String account = created(admin.post("accounts", Json.createObjectBuilder().add("name",
                "Patch target").build()));
        String other = created(admin.post("accounts", Json.createObjectBuilder().add("name", "Other").build()));
        String contact = created(admin.post("contacts", Json.createObjectBuilder().add("accountId", account)
                .add("name", "Contact").build()));
        String deal = created(admin.post("opportunities", Json.createObjectBuilder().add("accountId", account)
                .add("name", "Deal").build()));
        String footprint = created(admin.post("activities", Json.createObjectBuilder().add("type", "CALL")
                .add("status", "DONE").add("subject", "Call").add("occurredAt", Instant.now().toString())
                .add("accountId", account).build()));
        String team = created(admin.post("teams", Json.createObjectBuilder().add("name", "Team")
                .add("leaderId", tenant.adminId()).add("memberIds", Json.createArrayBuilder()).build()));
        String role = Tenants.defaultRoleChain(admin).getLast();
        Map<String, JsonObject> patches = Map.of(
                "accounts/" + account, Json.createObjectBuilder().add("tenantId", "x").build(),
                "contacts/" + contact, Json.createObjectBuilder().add("accountId", other).build(),
                "opportunities/" + deal, Json.createObjectBuilder().add("stageId", "x").build(),
                "activities/" + footprint, Json.createObjectBuilder().add("opportunityId", deal).build(),
                "teams/" + team, Json.createObjectBuilder().add("color", "red").build(),
                "roles/" + role, Json.createObjectBuilder().add("rank", 1).build(),
                "users/" + tenant.adminId(), Json.createObjectBuilder().add("email", "new@x.example").build(),
                "plugins/knowledge", Json.createObjectBuilder().add("enabled", true).add("everywhere", true).build());
        patches.forEach((path, patch) -> {
            Reply reply = admin.patch(path, patch, null);
            assertEquals(422, reply.status(), path + ": " + reply.body());
            assertEquals("field.unknown", reply.body().getJsonArray("errors").getJsonObject(0).getString("code"), path);
        });
        assertEquals(account, admin.get("contacts/" + contact).body().getString("accountId"), "nothing moved");
    }

    @Test
    void bodies_that_are_too_large_too_deep_or_not_objects_are_refused_with_a_problem() throws Exception {
        String huge = "{\"workspace\":\"" + "a".repeat(2 << 20) + "\"}";
        HttpResponse<String> login = send(HttpRequest.newBuilder(api("sessions")).header("Content-Type",
                "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(huge)));
        assertEquals(413, login.statusCode());
        assertProblem(login);

        Reply deep = admin.postRaw("accounts", "[".repeat(1000) + "]".repeat(1000));
        assertEquals(400, deep.status());
        assertEquals("body.too-deep", deep.body().getString("code"));
        Reply deepObject = admin.postRaw("accounts", "{\"name\":" + "{\"a\":".repeat(500) + "1" + "}".repeat(501));
        assertEquals(400, deepObject.status());

        Tenants.switchPlugin(tenant, "knowledge", true);
        for (String body : List.of("null", "[1,2]", "42", "\"text\"", "{broken")) {
            Reply plugin = admin.postRaw("x/knowledge/articles", body);
            assertEquals(400, plugin.status(), body + ": " + plugin.body());
            assertEquals("application/problem+json", plugin.header("Content-Type").split(";")[0]);
        }
        assertEquals(400, admin.postRaw("accounts", "null").status());
    }

    @Test
    void a_plugin_patch_is_held_to_the_same_strict_reading() {
        Tenants.switchPlugin(tenant, "knowledge", true);
        String article = created(admin.post("x/knowledge/articles", Json.createObjectBuilder().add("title", "Strict")
                .add("category", "PRODUCT").add("tags", Json.createArrayBuilder()).add("body", "text").build()));
        Reply unknown = admin.patch("x/knowledge/articles/" + article, Json.createObjectBuilder().add("status",
                "PUBLISHED")
                .build(), "\"1\"");
        assertEquals(422, unknown.status(), unknown.body().toString());
        Reply typed = admin.patch("x/knowledge/articles/" + article, Json.createObjectBuilder().add("title", 5).build(),
                "\"1\"");
        assertEquals(422, typed.status(), typed.body().toString());
    }

    @Test
    void a_malformed_path_and_a_csv_export_without_a_csv_accept_header_are_answered_as_such() throws Exception {
        HttpResponse<String> slash = send(authorized("accounts/a%2Fb").GET());
        assertEquals(400, slash.statusCode());
        assertProblem(slash);

        HttpResponse<String> csv = send(authorized("accounts/export").header("Accept", "*/*").GET());
        assertEquals(200, csv.statusCode(), csv.body());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        HttpResponse<String> noAccept = send(authorized("contacts/export").GET());
        assertEquals(200, noAccept.statusCode(), noAccept.body());
    }

    @Test
    void create_answers_carry_the_stored_version_so_the_first_update_with_it_succeeds() {
        String account = created(admin.post("accounts", Json.createObjectBuilder().add("name", "Versioned").build()));
        Reply contact = admin.post("contacts", Json.createObjectBuilder().add("accountId", account).add("name", "Li")
                .build());
        Reply footprint = admin.post("activities", Json.createObjectBuilder().add("type", "CALL").add("status", "DONE")
                .add("subject", "Call").add("occurredAt", Instant.now().toString()).add("accountId", account).build());
        Reply deal = admin.post("opportunities", Json.createObjectBuilder().add("accountId", account).add("name", "D")
                .build());
        for (Reply created : List.of(contact, footprint, deal)) {
            assertEquals(201, created.status(), created.body().toString());
            String path = URI.create(created.header("Location")).getPath().replaceFirst("^/api/v1/", "");
            assertEquals(admin.get(path).header("ETag"), created.header("ETag"), path);
            JsonObject patch = path.startsWith("activities") ? Json.createObjectBuilder().add("subject",
                    "Again").build()
                    : Json.createObjectBuilder().add("name", "Again").build();
            assertEquals(200, admin.patch(path, patch, created.header("ETag")).status(), path);
        }
    }

    @Test
    void adding_someone_to_an_account_team_twice_updates_their_place_instead_of_failing() {
        String account = created(admin.post("accounts", Json.createObjectBuilder().add("name",
                "Team account").build()));
        TacitClient member = Tenants.addUser(server, tenant, "member-" + System.nanoTime(),
                Tenants.defaultRoleChain(admin).getLast());
        String memberId = member.get("me").body().getString("id");
        JsonObject read = Json.createObjectBuilder().add("userId", memberId).add("teamRole", "Engineer")
                .add("access", "READ").build();
        JsonObject edit = Json.createObjectBuilder().add("userId", memberId).add("teamRole", "Lead engineer")
                .add("access", "EDIT").build();

        assertEquals(201, admin.post("accounts/" + account + "/team", read).status());
        Reply again = admin.post("accounts/" + account + "/team", edit);

        assertTrue(again.status() == 200 || again.status() == 201, again.body().toString());
        List<JsonObject> team = admin.get("accounts/" + account + "/team").body().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(1, team.size());
        assertEquals("EDIT", team.getFirst().getString("access"));
        assertEquals(200, member.patch("accounts/" + account, Json.createObjectBuilder().add("region", "华东")
                .build(), null)
                .status());
    }

    @Test
    void responses_carry_security_headers_and_the_session_cookie_stays_on_this_site() throws Exception {
        HttpResponse<String> token = send(HttpRequest.newBuilder(api("sessions")).header("Content-Type",
                "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("workspace",
                        tenant.workspace())
                        .add("email", tenant.adminEmail()).add("password", Tenants.PASSWORD).build().toString())));
        assertEquals(201, token.statusCode());
        assertEquals("nosniff", token.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-store", token.headers().firstValue("Cache-Control").orElse(""));

        HttpResponse<String> page = send(HttpRequest.newBuilder(server.baseUri().resolve("/login")).GET());
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("object-src 'none'"), policy);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        List<String> cookies = page.headers().allValues("Set-Cookie");
        assertFalse(cookies.isEmpty());
        assertTrue(cookies.stream().allMatch(c -> c.contains("SameSite=Lax") && c.contains("HttpOnly")),
                cookies.toString());
    }

    private HttpRequest.Builder authorized(String path) {
        String bearer = server.api().post("sessions", Json.createObjectBuilder().add("workspace", tenant.workspace())
                .add("email", tenant.adminEmail()).add("password", Tenants.PASSWORD).build()).body().getString("token");
        return HttpRequest.newBuilder(api(path)).header("Authorization", "Bearer " + bearer);
    }

    private URI api(String path) {
        return URI.create(server.baseUri().resolve("/api/v1/") + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static void assertProblem(HttpResponse<String> response) {
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse("").split(";")[0],
                response.body());
        assertTrue(response.body().contains("\"status\":" + response.statusCode()), response.body());
    }

    private static List<String> fields(Reply reply) {
        return reply.body().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
    }

    private static String created(Reply reply) {
        assertEquals(201, reply.status(), () -> reply.body().toString());
        return reply.body().getString("id");
    }
}
