package io.tacitcrm.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Personal API tokens through the API: created with the secret once, used as a bearer, listed, revoked. */
class PersonalTokensIT {

    private final TestServer server = TestServer.get();
    private final Tenant tenant = Tenants.signUp(server, "tokens");

    private static JsonObject named(String name) {
        return Json.createObjectBuilder().add("name", name).build();
    }

    @Test
    void a_token_works_as_its_owner_until_revoked_cannot_make_tokens_and_its_secret_is_never_listed() {
        Reply created = tenant.admin().post("me/tokens", named("Nightly export"));
        assertEquals(201, created.status(), created.body()::toString);
        String secret = created.body().getString("token");
        String id = created.body().getString("id");
        assertTrue(created.header("Location").endsWith("/me/tokens/" + id), created.header("Location"));

        TacitClient script = server.api().as(secret);
        assertEquals(tenant.adminEmail(), script.get("me").body().getString("email"));
        Reply listed = tenant.admin().get("me/tokens");
        assertEquals(1, listed.body().getJsonArray("items").size());
        JsonObject item = listed.body().getJsonArray("items").getJsonObject(0);
        assertEquals("Nightly export", item.getString("name"));
        assertFalse(item.containsKey("token"), item::toString);
        assertFalse(listed.raw().body().contains(secret));

        Reply successor = script.post("me/tokens", named("successor"));
        assertEquals(403, successor.status());
        assertEquals("token.signed-in-only", successor.body().getString("code"));
        assertEquals(403, script.delete("me/tokens/" + id, null).status());

        assertEquals(204, tenant.admin().delete("me/tokens/" + id, null).status());
        assertEquals(401, script.get("me").status());
        assertTrue(tenant.admin().get("me/tokens").body().getJsonArray("items").isEmpty());
    }

    @Test
    void nobody_lists_or_revokes_another_users_token() {
        String id = tenant.admin().post("me/tokens", named("Admin's")).body().getString("id");
        TacitClient rep = Tenants.addUser(server, tenant, "rep", Tenants.defaultRoleChain(tenant.admin()).getLast());

        assertTrue(rep.get("me/tokens").body().getJsonArray("items").isEmpty());
        assertEquals(404, rep.delete("me/tokens/" + id, null).status());
        assertEquals(404, rep.delete("me/tokens/not-an-id", null).status());
        assertEquals(1, tenant.admin().get("me/tokens").body().getJsonArray("items").size());
    }

    @Test
    void a_blank_name_and_an_end_in_the_past_or_not_a_date_are_refused_with_the_fields_named() {
        String past = OffsetDateTime.now(ZoneOffset.ofHours(8)).minusDays(1).toString();
        Reply refused = tenant.admin().post("me/tokens", Json.createObjectBuilder().add("name", " ")
                .add("expiresAt", past).build());
        assertEquals(422, refused.status());
        assertEquals("application/problem+json", refused.header("Content-Type"));
        assertEquals("name", refused.body().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("expiresAt", refused.body().getJsonArray("errors").getJsonObject(1).getString("field"));
        Reply notADate = tenant.admin().post("me/tokens", Json.createObjectBuilder().add("name", "x")
                .add("expiresAt", "tomorrow").build());
        assertEquals(422, notADate.status());
        assertNotNull(notADate.body().getJsonArray("errors"));
        assertTrue(tenant.admin().get("me/tokens").body().getJsonArray("items").isEmpty());
    }

    @Test
    void a_token_with_an_end_says_when_and_works_until_then() {
        String soon = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30).toString();
        Reply created = tenant.admin().post("me/tokens", Json.createObjectBuilder().add("name", "Quarter")
                .add("expiresAt", soon).build());
        assertEquals(201, created.status(), created.body()::toString);
        JsonObject listed = tenant.admin().get("me/tokens").body().getJsonArray("items").getJsonObject(0);
        assertFalse(listed.getBoolean("expired"));
        assertEquals(created.body().getString("expiresAt"), listed.getString("expiresAt"));
        assertEquals(200, server.api().as(created.body().getString("token")).get("accounts").status());
    }
}
