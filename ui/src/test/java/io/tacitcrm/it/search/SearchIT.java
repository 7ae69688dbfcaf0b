package io.tacitcrm.it.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One search over customers, contacts (name or phone), deals and a plugin's records: what the caller may see only,
 * each hit saying what it is and where it opens.
 */
class SearchIT {

    private final TestServer server = TestServer.get();
    private final Tenant tenant = Tenants.signUp(server, "search");
    private final TacitClient admin = tenant.admin();
    private final List<String> roles = Tenants.defaultRoleChain(admin);
    private final TacitClient rep = Tenants.addUser(server, tenant, "rep-" + System.nanoTime(), roles.getLast());
    private final TacitClient peer = Tenants.addUser(server, tenant, "peer-" + System.nanoTime(), roles.getLast());

    @Test
    void customers_contacts_and_deals_are_found_by_name_or_phone_and_only_by_who_may_see_them() {
        String account = created(rep.post("accounts", Json.createObjectBuilder().add("name", "绍兴黄酒集团")
                .build()));
        String contact = created(rep.post("contacts", Json.createObjectBuilder().add("accountId", account)
                .add("name", "欧阳晓明").add("phone", "+86 575 8888 1234").add("decisionRole", "DECISION_MAKER")
                .build()));
        String deal = created(rep.post("opportunities", Json.createObjectBuilder().add("accountId", account)
                .add("name", "黄酒 cold storage").build()));

        List<JsonObject> byName = items(rep.get("search?q=" + encode("黄酒")));
        assertEquals(List.of("CUSTOMER", "DEAL"), byName.stream().map(h -> h.getString("kind")).toList());
        assertEquals("customers/" + account, byName.get(0).getString("link"));
        assertEquals("customers/" + account + "?deal=" + deal, byName.get(1).getString("link"));
        assertEquals("绍兴黄酒集团 · Lead", byName.get(1).getString("detail"));

        List<JsonObject> byPhone = items(rep.get("search?q=" + encode("8888 1234")));
        assertEquals(1, byPhone.size());
        assertEquals("CONTACT", byPhone.getFirst().getString("kind"));
        assertEquals(contact, byPhone.getFirst().getString("recordId"));
        assertEquals("绍兴黄酒集团 · +86 575 8888 1234", byPhone.getFirst().getString("detail"));

        assertEquals(List.of(), items(peer.get("search?q=" + encode("黄酒"))), "a peer's records stay invisible");
        assertEquals(3, items(admin.get("search?q=" + encode("黄酒"))).size() + items(admin.get("search?q="
                + encode("晓明"))).size(), "the rep's superior sees them all");
    }

    @Test
    void a_published_article_of_an_enabled_knowledge_base_is_found_beside_the_core_records() {
        Tenants.switchPlugin(tenant, "knowledge", true);
        String article = admin.post("x/knowledge/articles", Json.createObjectBuilder().add("title",
                "Competitor pricing: Yunhe").add("category", "COMPETITOR").add("body", "How to answer Yunhe's prices")
                .build()).body().getString("id");
        assertEquals(List.of(), items(rep.get("search?q=Yunhe")), "a draft is not found");
        assertEquals(200, admin.post("x/knowledge/articles/" + article + "/publish", Json.createObjectBuilder()
                .build()).status());

        List<JsonObject> hits = items(rep.get("search?q=Yunhe"));
        assertEquals(1, hits.size(), hits.toString());
        JsonObject hit = hits.getFirst();
        assertEquals("MODULE", hit.getString("kind"));
        assertEquals("Knowledge base", hit.getString("group"));
        assertEquals("x/knowledge/article/" + article, hit.getString("link"));

        Tenants.switchPlugin(tenant, "knowledge", false);
        assertEquals(List.of(), items(rep.get("search?q=Yunhe")), "switched off, its records are not searched");
    }

    @Test
    void an_empty_or_overlong_search_and_a_wrong_limit_are_refused_with_the_field_named() {
        for (String path : List.of("search", "search?q=%20%20", "search?q=" + "x".repeat(101))) {
            Reply refused = rep.get(path);
            assertEquals(422, refused.status(), path);
            assertEquals("q", refused.body().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        for (String limit : List.of("0", "21", "five")) {
            Reply refused = rep.get("search?q=tea&limit=" + limit);
            assertEquals(422, refused.status(), limit);
            assertEquals("limit", refused.body().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        assertTrue(items(rep.get("search?q=%25_%21")).isEmpty(), "LIKE's special characters are searched as text");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String created(Reply reply) {
        assertEquals(201, reply.status(), () -> reply.body().toString());
        return reply.body().getString("id");
    }

    private static List<JsonObject> items(Reply reply) {
        assertEquals(200, reply.status(), () -> reply.body().toString());
        return reply.body().getJsonArray("items").getValuesAs(JsonObject.class);
    }
}
