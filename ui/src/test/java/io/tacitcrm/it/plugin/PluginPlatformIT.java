package io.tacitcrm.it.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.Sql;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.infrastructure.TenantSetting;
import io.tacitcrm.testkit.TacitClient.Reply;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The plugins the packaged server loaded from its plugins directory (TACIT_PLUGINS_DIR): the knowledge base, a plugin
 * that throws or hangs everywhere, one that needs a future platform API and one whose table has no tenant wall.
 */
class PluginPlatformIT {

    private final TestServer server = TestServer.get();

    @Test
    void the_server_checks_every_plugin_at_start_and_says_why_it_refused_one() throws IOException {
        Tenant tenant = Tenants.signUp(server, "plugins");
        Map<String, JsonObject> plugins = tenant.admin().get("plugins").array().getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(p -> p.getString("id"), p -> p));
        assertEquals("ACTIVE", plugins.get("knowledge").getString("status"));
        assertEquals("ACTIVE", plugins.get("misbehaving").getString("status"));
        assertEquals("INCOMPATIBLE", plugins.get("future").getString("status"));
        assertTrue(plugins.get("future").getString("problem").contains(">=99.0.0"), plugins.get("future").toString());
        assertEquals("REFUSED", plugins.get("unwalled").getString("status"));
        assertTrue(plugins.get("unwalled").getString("problem").contains("row-level security"), plugins.get("unwalled")
                .toString());
        assertTrue(plugins.values().stream().noneMatch(p -> p.getBoolean("enabled")),
                "every plugin starts switched off");

        String log = Files.readString(server.messagesLog());
        assertTrue(log.contains("Plugin 'future' 0.1.0-SNAPSHOT refused: it requires platform API >=99.0.0,"
                + " but this server provides 0.7.0"),
                "a clear line names the plugin, what it needs and what the server has");
        assertTrue(log.contains("Plugin 'unwalled' refused: its tables do not keep the tenant wall: note lacks "
                + "enabled and forced row-level security"));

        Reply refused = tenant.admin().patch("plugins/future", Json.createObjectBuilder().add("enabled", true).build(),
                null);
        assertEquals(409, refused.status());
        assertEquals("plugin.not-active", refused.body().getString("code"));
        assertEquals(404, tenant.admin().get("x/future/anything").status());
        assertEquals(404, tenant.admin().patch("plugins/no-such-plugin", Json.createObjectBuilder().add("enabled",
                true).build(), null).status());
        assertEquals(422, tenant.admin().patch("plugins/knowledge", Json.createObjectBuilder().build(), null).status());
    }

    @Test
    void a_plugin_appears_and_vanishes_for_the_tenant_that_switches_it_and_keeps_its_data() {
        Tenant a = Tenants.signUp(server, "plug-a");
        Tenant b = Tenants.signUp(server, "plug-b");
        TacitClient repOfA = Tenants.addUser(server, a, "rep-" + System.nanoTime(), Tenants.defaultRoleChain(a.admin())
                .getLast());
        assertEquals(404, a.admin().get("x/knowledge/articles").status());
        assertEquals(403, repOfA.patch("plugins/knowledge", Json.createObjectBuilder().add("enabled", true).build(),
                null).status(), "only holders of plugins.manage switch plugins");

        Tenants.switchPlugin(a, "knowledge", true);
        assertEquals(200, repOfA.get("x/knowledge/articles").status());
        assertEquals(404, b.admin().get("x/knowledge/articles").status(), "another workspace is not affected");
        String id = a.admin().post("x/knowledge/articles", Json.createObjectBuilder().add("title", "Pricing guide")
                .add("category", "PRODUCT").add("body", "List prices").build()).body().getString("id");

        Tenants.switchPlugin(a, "knowledge", false);
        assertEquals(404, repOfA.get("x/knowledge/articles/" + id).status(), "switched off: its API is gone at once");
        Tenants.switchPlugin(a, "knowledge", true);
        assertEquals(200, repOfA.get("x/knowledge/articles/" + id).status(), "switched on again: its data was kept");

        Tenants.switchPlugin(b, "knowledge", true);
        assertEquals(404, b.admin().get("x/knowledge/articles/" + id).status(), "another workspace never sees it");
        String audit = a.admin().get("audit?entityType=plugin").body().toString();
        assertTrue(audit.contains("PLUGIN_ENABLED") && audit.contains("PLUGIN_DISABLED"), audit);
    }

    @Test
    void listeners_hear_footprints_changed_and_deleted_customers_changed_and_deleted_and_every_change_of_owner()
            throws Exception {
        Tenant tenant = Tenants.signUp(server, "events");
        TacitClient admin = tenant.admin();
        TacitClient repClient = Tenants.addUser(server, tenant, "rep-" + System.nanoTime(),
                Tenants.defaultRoleChain(admin).getLast());
        String rep = repClient.get("me").body().getString("id");
        Tenants.switchPlugin(tenant, "misbehaving", true);
        String account = admin.post("accounts", Json.createObjectBuilder().add("name", "Heard").build()).body()
                .getString("id");
        String visit = admin.post("activities", Json.createObjectBuilder().add("type", "VISIT").add("status", "PLANNED")
                .add("subject", "Visit").add("occurredAt", Instant.now().plusSeconds(3600).toString())
                .add("accountId", account).build()).body().getString("id");
        assertEquals(200, admin.patch("activities/" + visit, Json.createObjectBuilder().add("status", "DONE")
                .add("occurredAt", Instant.now().toString()).build(), null).status());
        assertEquals(204, admin.delete("activities/" + visit, null).status());
        assertEquals(200, admin.patch("accounts/" + account, Json.createObjectBuilder().add("name", "Heard again")
                .add("ownerId", rep).build(), null).status());
        String moved = admin.post("accounts", Json.createObjectBuilder().add("name", "Moved in bulk").build()).body()
                .getString("id");
        assertEquals(201, admin.post("transfers", Json.createObjectBuilder()
                .add("criteria", Json.createObjectBuilder().add("accountIds", Json.createArrayBuilder().add(moved)))
                .add("toUserId", rep).build()).status());
        assertEquals(204, admin.delete("accounts/" + account, null).status());
        String pooled = admin.post("accounts", Json.createObjectBuilder().add("name", "Claimed from the pool").build())
                .body().getString("id");
        Sql.update(server.superuser(), "update account set created_at = now() - interval '60 days' where id = ?::uuid",
                pooled);
        assertEquals(200, admin.put("pool/policy", Json.createObjectBuilder().add("idleDays", 30).add("claimCap", 5)
                .build()).status());
        admin.post("pool/sweep", Json.createObjectBuilder().build());
        assertEquals(204, repClient.post("pool/" + pooled + "/claim", Json.createObjectBuilder().build()).status());

        List<String> seen = awaitSeen(admin, 13);

        assertEquals(List.of("AccountCreated", "AccountCreated", "AccountCreated", "AccountDeleted", "AccountUpdated",
                "ActivityDeleted", "ActivityLogged", "ActivityUpdated", "Enabled", "OwnerChanged", "OwnerChanged",
                "RecordsTransferred", "TransferCompleted"), seen.stream().sorted().toList(),
                "the edit and the pool claim each raise OwnerChanged");
    }

    @Test
    void a_module_hears_each_time_a_company_switches_it_on_or_off_and_only_when_the_switch_changes() throws Exception {
        Tenant tenant = Tenants.signUp(server, "lifecycle");
        Tenants.switchPlugin(tenant, "misbehaving", true);
        Tenants.switchPlugin(tenant, "misbehaving", false);
        Tenants.switchPlugin(tenant, "misbehaving", true);
        Tenants.switchPlugin(tenant, "misbehaving", true);

        List<String> seen = awaitSeen(tenant.admin(), 3);
        Thread.sleep(300); // a fourth note, if one were wrongly made, would arrive within this
        assertEquals(List.of("Enabled", "Disabled", "Enabled"), tenant.admin().get("x/misbehaving/seen").body()
                .getJsonArray("kinds").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList(), seen.toString());
    }

    @Test
    void the_readers_page_through_exactly_what_the_user_may_see() {
        Tenant tenant = Tenants.signUp(server, "readers");
        TacitClient admin = tenant.admin();
        TacitClient rep = Tenants.addUser(server, tenant, "rep-" + System.nanoTime(),
                Tenants.defaultRoleChain(admin).getLast());
        Tenants.switchPlugin(tenant, "misbehaving", true);
        for (TacitClient owner : List.of(admin, rep, rep, rep)) {
            String account = owner.post("accounts", Json.createObjectBuilder().add("name", "Read " + UUID.randomUUID())
                    .build()).body().getString("id");
            String deal = owner.post("opportunities", Json.createObjectBuilder().add("accountId", account)
                    .add("name", "Deal").build()).body().getString("id");
            owner.post("activities", Json.createObjectBuilder().add("type", "CALL").add("status", "DONE")
                    .add("subject", "Call").add("occurredAt", Instant.now().toString()).add("opportunityId",
                            deal).build());
        }

        for (TacitClient user : List.of(admin, rep)) {
            JsonObject read = user.get("x/misbehaving/readers").body();
            assertEquals(ids(user.get("accounts?limit=200")), strings(read, "customers"));
            assertEquals(ids(user.get("opportunities?limit=200")), strings(read, "deals"));
            assertEquals(ids(user.get("activities?limit=200")), strings(read, "footprints"));
            assertEquals(List.of("Lead"), strings(read, "stagesOfFirstDeal").stream().limit(1).toList());
        }
        assertEquals(4, strings(admin.get("x/misbehaving/readers").body(), "customers").size(), "the top sees all");
        assertEquals(3, strings(rep.get("x/misbehaving/readers").body(), "customers").size(), "a rep his own");
    }

    @Test
    void the_readers_name_what_changed_since_a_time_and_find_many_ids_in_one_call() throws Exception {
        Tenant tenant = Tenants.signUp(server, "changed");
        TacitClient admin = tenant.admin();
        TacitClient rep = Tenants.addUser(server, tenant, "rep-" + System.nanoTime(),
                Tenants.defaultRoleChain(admin).getLast());
        Tenants.switchPlugin(tenant, "misbehaving", true);
        List<String> accounts = new ArrayList<>();
        List<String> deals = new ArrayList<>();
        for (TacitClient owner : List.of(admin, rep, rep)) {
            String account = owner.post("accounts", Json.createObjectBuilder().add("name", "Old " + UUID.randomUUID())
                    .build()).body().getString("id");
            accounts.add(account);
            deals.add(owner.post("opportunities", Json.createObjectBuilder().add("accountId", account)
                    .add("name", "Deal").build()).body().getString("id"));
        }
        Thread.sleep(5);
        Instant since = Instant.now();
        Reply old = rep.get("accounts/" + accounts.get(2));
        rep.patch("accounts/" + accounts.get(2), Json.createObjectBuilder().add("region", "East").build(),
                old.header("ETag"));
        Reply deal = admin.get("opportunities/" + deals.getFirst());
        admin.patch("opportunities/" + deals.getFirst(), Json.createObjectBuilder().add("name", "Renamed").build(),
                deal.header("ETag"));
        String elsewhere = Tenants.signUp(server, "changed-other").admin().post("accounts", Json.createObjectBuilder()
                .add("name", "Foreign").build()).body().getString("id");
        String asked = String.join(",", accounts) + "," + String.join(",", deals) + "," + elsewhere + ","
                + UUID.randomUUID();

        JsonObject byAdmin = admin.get("x/misbehaving/changed?since=" + since + "&ids=" + asked).body();
        assertEquals(List.of(accounts.get(2)), strings(byAdmin, "customers"));
        assertEquals(List.of(deals.getFirst()), strings(byAdmin, "deals"));
        assertEquals(accounts.stream().sorted().toList(), strings(byAdmin, "foundCustomers"));
        assertEquals(deals.stream().sorted().toList(), strings(byAdmin, "foundDeals"));

        JsonObject byRep = rep.get("x/misbehaving/changed?since=" + since + "&ids=" + asked).body();
        assertEquals(List.of(accounts.get(2)), strings(byRep, "customers"));
        assertEquals(List.of(), strings(byRep, "deals"), "the admin's deal is hidden from the rep");
        assertEquals(accounts.subList(1, 3).stream().sorted().toList(), strings(byRep, "foundCustomers"));
        assertEquals(deals.subList(1, 3).stream().sorted().toList(), strings(byRep, "foundDeals"));
    }

    @Test
    void a_module_declares_its_permissions_grants_its_defaults_once_and_roles_keep_them_while_it_is_off() {
        Tenant tenant = Tenants.signUp(server, "perms");
        TacitClient admin = tenant.admin();
        List<String> chain = Tenants.defaultRoleChain(admin);
        String director = chain.get(1);
        String rep = chain.getLast();
        Reply offModule = setPermissions(admin, director, List.of("customer.transfer", "knowledge.publish"));
        assertEquals(422, offModule.status(), "a switched-off module's permission is not offered");

        Tenants.switchPlugin(tenant, "knowledge", true);
        Tenants.switchPlugin(tenant, "misbehaving", true);
        assertEquals(List.of("customer.export", "customer.transfer", "knowledge.publish"),
                permissions(admin, director));
        assertEquals(List.of("customer.create", "misbehaving.poke"), permissions(admin, rep));
        assertTrue(strings(admin.get("me").body(), "permissions").containsAll(List.of("knowledge.publish",
                "misbehaving.poke")), "the top role holds everything below it");
        assertEquals(422, setPermissions(admin, rep, List.of("customer.create", "knowledge.hijack")).status(),
                "a module cannot declare another module's permission");

        assertEquals(204, setPermissions(admin, director, List.of("customer.transfer")).status());
        Tenants.switchPlugin(tenant, "knowledge", false);
        Tenants.switchPlugin(tenant, "knowledge", true);
        assertEquals(List.of("customer.transfer"), permissions(admin, director), "defaults are granted only once");

        assertEquals(204, setPermissions(admin, director, List.of("customer.transfer", "knowledge.publish")).status());
        Tenants.switchPlugin(tenant, "knowledge", false);
        assertEquals(204, setPermissions(admin, director, List.of("customer.export")).status());
        assertEquals(List.of("customer.export", "knowledge.publish"), permissions(admin, director),
                "the role keeps a switched-off module's permission");
    }

    @Test
    void a_module_describes_its_settings_and_the_host_serves_checks_and_defaults_them() {
        Tenant tenant = Tenants.signUp(server, "settings");
        TacitClient admin = tenant.admin();
        assertEquals(404, admin.get("plugins/misbehaving/settings").status(), "not switched on");
        Tenants.switchPlugin(tenant, "misbehaving", true);
        TacitClient rep = Tenants.addUser(server, tenant, "rep-" + System.nanoTime(),
                Tenants.defaultRoleChain(admin).getLast());

        JsonObject threshold = setting(admin.get("plugins/misbehaving/settings"), "threshold");
        assertEquals("30", threshold.getString("value"));
        assertEquals(false, threshold.getBoolean("changed"));
        assertEquals(365, threshold.getInt("max"));
        assertEquals("30", rep.get("x/misbehaving/setting?key=threshold").body().getString("value"), "the default");

        Reply bad = admin.patch("plugins/misbehaving/settings", Json.createObjectBuilder().add("threshold", 0)
                .add("mode", "wild").add("loud", "yes").add("motto", "x".repeat(21)).add("colour", "red").build(),
                null);
        assertEquals(422, bad.status(), bad.body().toString());
        assertEquals(Map.of("threshold", "setting.out-of-range", "mode", "setting.not-a-choice", "loud",
                "setting.not-flag", "motto", "setting.too-long", "colour", "setting.unknown"), fieldCodes(bad));
        assertEquals(422, admin.patch("plugins/misbehaving/settings", Json.createObjectBuilder()
                .add("threshold", 1.5).build(), null).status());
        assertEquals("30", setting(admin.get("plugins/misbehaving/settings"), "threshold").getString("value"),
                "nothing of a refused change is written");

        Reply good = admin.patch("plugins/misbehaving/settings", Json.createObjectBuilder().add("threshold", 14)
                .add("mode", "noisy").add("loud", true).build(), null);
        assertEquals(200, good.status(), good.body().toString());
        assertEquals("14", setting(good, "threshold").getString("value"));
        assertEquals("14", rep.get("x/misbehaving/setting?key=threshold").body().getString("value"));
        assertEquals("true", rep.get("x/misbehaving/setting?key=loud").body().getString("value"));

        assertEquals(403, rep.patch("plugins/misbehaving/settings", Json.createObjectBuilder().add("threshold", 7)
                .build(), null).status(), "plugins.manage changes it");
        Reply motto = rep.patch("plugins/misbehaving/settings", Json.createObjectBuilder().add("motto", "Go <b>")
                .build(), null);
        assertEquals(200, motto.status(), "the module let its own permission change this one");
        assertEquals(false, setting(motto, "threshold").getBoolean("editable"));
        assertEquals("Go <b>", rep.get("x/misbehaving/setting?key=motto").body().getString("value"));

        assertEquals(200, admin.patch("plugins/misbehaving/settings", Json.createObjectBuilder().addNull("threshold")
                .build(), null).status());
        assertEquals("30", rep.get("x/misbehaving/setting?key=threshold").body().getString("value"), "back to default");
    }

    private static JsonObject setting(Reply reply, String key) {
        return reply.body().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("key").equals(key)).findFirst().orElseThrow(() -> new AssertionError(key));
    }

    private static Map<String, String> fieldCodes(Reply reply) {
        return reply.body().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(e -> e.getString("field"), e -> e.getString("code")));
    }

    private static Reply setPermissions(TacitClient admin, String role, List<String> codes) {
        var list = Json.createArrayBuilder();
        codes.forEach(list::add);
        return admin.patch("roles/" + role, Json.createObjectBuilder().add("permissions", list).build(), null);
    }

    private static List<String> permissions(TacitClient admin, String role) {
        return admin.get("roles").body().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("id").equals(role)).findFirst().map(r -> strings(r, "permissions"))
                .orElseThrow();
    }

    private static List<String> ids(Reply reply) {
        return reply.body().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(o -> o.getString("id"))
                .toList();
    }

    private static List<String> strings(JsonObject body, String field) {
        return body.getJsonArray(field).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    @Test
    void a_plugin_that_throws_or_hangs_breaks_neither_the_core_action_nor_the_request() throws Exception {
        Tenant tenant = Tenants.signUp(server, "misbehaving");
        Tenants.switchPlugin(tenant, "misbehaving", true);

        Instant start = Instant.now();
        Reply created = tenant.admin().post("accounts", Json.createObjectBuilder().add("name", "Still created")
                .build());
        Duration took = Duration.between(start, Instant.now());
        assertEquals(201, created.status());
        assertTrue(took.compareTo(TestServer.PLUGIN_TIMEOUT) < 0, "the request did not wait for the hanging listener: "
                + took);
        String account = created.body().getString("id");
        assertEquals(201, tenant.admin().post("activities", Json.createObjectBuilder().add("type", "CALL")
                .add("status", "DONE")
                .add("subject", "Call").add("occurredAt", Instant.now().toString()).add("accountId", account).build())
                        .status());
        assertEquals(200, tenant.admin().get("accounts/" + account).status());

        List<String> seen = awaitSeen(tenant.admin(), 3);
        assertEquals(List.of("AccountCreated", "ActivityLogged", "Enabled"), seen.stream().sorted().toList(),
                "the module heard it was switched on; listeners ran after the commit, for this workspace");

        Reply boom = tenant.admin().get("x/misbehaving/boom");
        assertEquals(500, boom.status());
        assertEquals("plugin.failed", boom.body().getString("code"));
        assertTrue(!boom.body().toString().contains("always fails"), "the exception's text stays in the log");
        Reply hang = tenant.admin().get("x/misbehaving/hang");
        assertEquals(504, hang.status());
        assertEquals("plugin.timeout", hang.body().getString("code"));
        assertEquals(405, tenant.admin().post("x/misbehaving/boom", Json.createObjectBuilder().build()).status());
        assertEquals("Admin " + tenant.workspace(), tenant.admin().get("x/misbehaving/whoami").body()
                .getString("user"));
        String customer = UUID.randomUUID().toString();
        String deal = UUID.randomUUID().toString();
        JsonObject words = tenant.admin().get("x/misbehaving/words?customer=" + customer + "&deal=" + deal).body();
        assertEquals("Visit", words.getString("visit"), "the host's word for the code, in the user's language");
        assertEquals("Won", words.getString("won"));
        assertEquals("TELEPATHY", words.getString("unknown"), "an unknown code as it is");
        assertEquals("customers/" + customer + "?deal=" + deal, words.getString("deal"));

        String log = Files.readString(server.messagesLog());
        assertTrue(log.contains("Plugin 'misbehaving' failed in listener for AccountCreated: "
                + "java.lang.IllegalStateException"));
        assertTrue(log.contains("Plugin 'misbehaving' failed in API GET hang: did not answer within"));
    }

    @Test
    void plugin_tables_show_nothing_to_a_query_with_another_tenants_setting() throws Exception {
        Tenant a = Tenants.signUp(server, "wall-a");
        Tenant b = Tenants.signUp(server, "wall-b");
        Tenants.switchPlugin(a, "knowledge", true);
        assertEquals(201, a.admin().post("x/knowledge/articles", Json.createObjectBuilder().add("title", "Wall test")
                .add("category", "SOLUTION").add("body", "only for a").build()).status());
        try (Connection c = server.applicationRoleConnection()) {
            c.setAutoCommit(false);
            String count = "select count(*) from plugin_knowledge.article where title = 'Wall test'";
            Sql.execute(c, TenantSetting.forTransaction(Optional.of(new TenantId(UUID.fromString(b.tenantId())))));
            assertEquals(0, Sql.count(c, count), "another tenant's setting sees nothing");
            assertEquals(0, Sql.count(c,
                    "select count(*) from plugin_knowledge.article_term where tenant_id = ?::uuid", a.tenantId()));
            Sql.execute(c, TenantSetting.forTransaction(Optional.of(new TenantId(UUID.fromString(a.tenantId())))));
            assertEquals(1, Sql.count(c, count));
            Sql.execute(c, TenantSetting.forTransaction(Optional.empty()));
            assertEquals(0, Sql.count(c, count), "no setting, nothing at all");
            c.rollback();
        }
    }

    private static List<String> awaitSeen(TacitClient client, int count) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        List<String> seen = List.of();
        while (Instant.now().isBefore(deadline)) {
            seen = client.get("x/misbehaving/seen").body().getJsonArray("kinds").getValuesAs(JsonString.class)
                    .stream().map(JsonString::getString).toList();
            if (seen.size() >= count) {
                return seen;
            }
            Thread.sleep(100);
        }
        return seen;
    }
}
