package io.tacitcrm.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.testkit.Company;
import io.tacitcrm.testkit.TacitClient.Reply;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitPluginTest;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The knowledge base through its REST API, in a real server straight from this project's classes (the test kit). */
@TacitPluginTest
class KnowledgeBaseIT {

    private static final String API = "x/knowledge/";
    private static final Pattern DANGEROUS = Pattern.compile(
            "<(script|img|iframe)|<[^>]*\\son[a-z]+\\s*=|(href|src)\\s*=\\s*\"?\\s*javascript:");

    private final Company company;
    private final TacitClient director;
    private final TacitClient rep;
    private final TacitClient otherRep;

    /** A new company for each test, the knowledge base switched on, with a director and two reps. */
    KnowledgeBaseIT(Company company) {
        this.company = company;
        List<String> roles = company.roleChain();
        this.director = company.addUser("director-" + System.nanoTime(), roles.get(1));
        this.rep = company.addUser("rep-" + System.nanoTime(), roles.getLast());
        this.otherRep = company.addUser("other-" + System.nanoTime(), roles.getLast());
    }

    @Test
    void every_edit_is_a_version_with_a_diff_and_restoring_makes_a_new_one() {
        JsonObject created = created(rep.post(API + "articles", article("Demo script", "SOLUTION",
                "Step one\nStep two")));
        String id = created.getString("id");
        assertEquals(1, created.getInt("version"));
        assertEquals("DRAFT", created.getString("status"));
        assertEquals(428, rep.patch(API + "articles/" + id, Json.createObjectBuilder().add("body", "x").build(), null)
                .status());
        assertEquals(412, rep.patch(API + "articles/" + id, Json.createObjectBuilder().add("body", "x").build(),
                "\"7\"").status());
        Reply edited = rep.patch(API + "articles/" + id, Json.createObjectBuilder().add("body",
                "Step one\nStep 2, with the demo kit").build(), "\"1\"");
        assertEquals(200, edited.status());
        assertEquals("\"2\"", edited.header("ETag"));
        assertEquals("Demo script", edited.body().getString("title"), "a merge patch keeps what it does not name");

        List<JsonObject> versions = rep.get(API + "articles/" + id + "/versions").array().getValuesAs(JsonObject.class);
        assertEquals(List.of(2, 1), versions.stream().map(v -> v.getInt("version")).toList());
        assertEquals(List.of("edited", "created"), versions.stream().map(v -> v.getString("note")).toList());
        String diff = rep.get(API + "articles/" + id + "/versions/2").body().getString("diff");
        assertTrue(diff.contains("-Step two") && diff.contains("+Step 2, with the demo kit"), diff);

        Reply restored = rep.post(API + "articles/" + id + "/restore", Json.createObjectBuilder().add("version", 1)
                .build());
        assertEquals(428, restored.status(), "a restore changes content, so it needs the version read");
        JsonObject current = rep.get(API + "articles/" + id).body();
        assertEquals(3, restoreAs(rep, id, 1, 2).getInt("version"));
        assertEquals("Step one\nStep two", rep.get(API + "articles/" + id).body().getString("body"));
        assertEquals(2, current.getInt("version"));
        assertEquals("restored:1", rep.get(API + "articles/" + id + "/versions").array().getJsonObject(0)
                .getString("note"));
        assertEquals(404, rep.get(API + "articles/" + id + "/versions/99").status());
        assertEquals(404, rep.get(API + "articles/" + UUID.randomUUID()).status());
        assertEquals(404, rep.get(API + "articles/not-a-uuid").status());
    }

    @Test
    void only_publishers_publish_archive_or_change_what_is_published() {
        String id = created(rep.post(API + "articles", article("Objection: too expensive", "OBJECTION",
                "Show the TCO."))).getString("id");
        assertEquals(403, rep.post(API + "articles/" + id + "/publish", Json.createObjectBuilder().build()).status());
        Reply published = director.post(API + "articles/" + id + "/publish", Json.createObjectBuilder().build());
        assertEquals(200, published.status());
        assertEquals("PUBLISHED", published.body().getString("status"));
        assertEquals(403, rep.patch(API + "articles/" + id, Json.createObjectBuilder().add("body", "Cheaper!").build(),
                "\"2\"").status());
        assertEquals(200, director.patch(API + "articles/" + id, Json.createObjectBuilder().add("body",
                "Show the 3-year TCO.").build(), "\"2\"").status());
        assertEquals(403, rep.post(API + "articles/" + id + "/archive", Json.createObjectBuilder().build()).status());
        assertEquals("ARCHIVED", director.post(API + "articles/" + id + "/archive", Json.createObjectBuilder().build())
                .body().getString("status"));
        assertEquals(List.of(), titles(rep.get(API + "articles?q=expensive")),
                "archived articles leave the default list");
        assertEquals(List.of("Objection: too expensive"), titles(rep.get(API
                + "articles?q=expensive&status=ARCHIVED")));

        String empty = created(rep.post(API + "articles", article("Empty", "PRODUCT", " "))).getString("id");
        Reply noBody = director.post(API + "articles/" + empty + "/publish", Json.createObjectBuilder().build());
        assertEquals(422, noBody.status());
        assertEquals("body", noBody.body().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void publishers_add_the_workspaces_own_categories() {
        JsonObject partner = Json.createObjectBuilder().add("code", "partner").add("label", "渠道伙伴").build();
        assertEquals(403, rep.post(API + "categories", partner).status());
        assertEquals(422, rep.post(API + "articles", article("Partner kit", "PARTNER", "x")).status(),
                "unknown until defined");
        Reply added = director.post(API + "categories", partner);
        assertEquals(201, added.status());
        assertEquals("渠道伙伴", added.body().getString("PARTNER"));
        assertEquals(409, director.post(API + "categories", partner).status());
        Reply bad = director.post(API + "categories", Json.createObjectBuilder().add("code", "product").add("label",
                "").build());
        assertEquals(List.of("code", "label"), bad.body().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList(), "a built-in code and an empty name");
        assertEquals("PARTNER", created(rep.post(API + "articles", article("Partner kit", "partner", "x")))
                .getString("category"));
    }

    @Test
    void script_event_handlers_and_javascript_links_never_reach_the_rendered_html() {
        String body = "Hello <script>alert(1)</script>\n\n<img src=x "
                + "onerror=alert(2)>\n\n[click](javascript:alert(3))\n\n"
                + "<a href=\"javascript:alert(4)\">raw</a> <iframe src=\"https://evil.example\"></iframe>\n\n"
                + "[ok](https://example.com) **bold**";
        JsonObject a = created(rep.post(API + "articles", article("<script>alert('t')</script>Battlecard",
                "COMPETITOR", body)));
        String html = a.getString("html").toLowerCase();
        // text that merely reads "onerror" is harmless once escaped; what must not exist are elements and attributes
        assertFalse(DANGEROUS.matcher(html).find(), html);
        assertTrue(html.contains("&lt;script&gt;"), "raw HTML in Markdown is shown as text: " + html);
        assertTrue(html.contains("<a href=\"https://example.com\"") && html.contains("<strong>bold</strong>"), html);
        assertEquals("<script>alert('t')</script>Battlecard", a.getString("title"),
                "titles are text, shown as text, never as HTML");

        Reply badTags = rep.post(API + "articles", Json.createObjectBuilder().add("title", "Tags").add("category",
                "PRODUCT")
                .add("tags", Json.createArrayBuilder().add("<img src=x onerror=alert(1)>").add("ok")).add("body", "b")
                        .build());
        assertEquals(422, badTags.status());
        assertEquals("tags[0]", badTags.body().getJsonArray("errors").getJsonObject(0).getString("field"));
        Reply everything = rep.post(API + "articles", Json.createObjectBuilder().add("title", " ").add("category",
                "'; drop table article; --")
                .add("tags", Json.createArrayBuilder().add("")).add("body", "x".repeat(100_001)).build());
        assertEquals(422, everything.status());
        assertEquals(List.of("title", "category", "tags[0]", "body"), everything.body().getJsonArray("errors")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList(),
                        "every bad field at once");
    }

    @Test
    void search_ranks_title_over_tags_over_body_in_chinese_and_english() {
        String inTitle = published(article("华为竞品对比 battlecard", "COMPETITOR", "我们的优势", "竞品"));
        String inTags = published(article("Q3 pricing sheet", "PRODUCT", "list prices", "华为"));
        String inBody = published(article("Reference: 明德制造", "REFERENCE_CUSTOMER", "他们之前用华为的方案，后来选择了我们。"));
        published(article("Unrelated", "SOLUTION", "nothing to see"));

        assertEquals(List.of(inTitle, inTags, inBody), ids(rep.get(API + "articles?q=" + encode("华为"))));
        assertEquals(List.of(inTitle), ids(rep.get(API + "articles?q=" + encode("竞品对比"))), "every term must match");
        assertEquals(List.of(inTitle), ids(rep.get(API + "articles?q=BattleCard")), "case does not matter");
        assertEquals(List.of(inTitle, inTags), ids(rep.get(API + "articles?q=" + encode("华"))),
                "one character finds titles and tags");
        assertEquals(List.of(inBody), ids(rep.get(API + "articles?q=" + encode("明德")
                + "&category=reference_customer")));
        assertEquals(List.of(inTags), ids(rep.get(API + "articles?tag=" + encode("华为"))));
        assertEquals(List.of(), ids(rep.get(API + "articles?q=the")),
                "stop words alone find nothing rather than everything");
        assertEquals(List.of(), ids(rep.get(API + "articles?q=" + encode("' or 1=1 --"))));
        Reply page = rep.get(API + "articles?limit=2");
        assertEquals(2, page.body().getJsonArray("items").size());
        assertEquals(2, rep.get(API + "articles?limit=2&cursor=" + page.body().getString("nextCursor")).body()
                .getJsonArray("items").size());
        assertEquals(400, rep.get(API + "articles?cursor=forged").status());
    }

    @Test
    void citations_show_where_an_article_helped_and_how_those_deals_ended() {
        String article = published(article("Reference: 恒信物流", "REFERENCE_CUSTOMER", "Went live in 6 weeks."));
        String account = created(rep.post("accounts", Json.createObjectBuilder().add("name", "Cited Co").build()))
                .getString("id");
        String won = opportunity(account, "Won deal");
        String lost = opportunity(account, "Lost deal");
        String open = opportunity(account, "Open deal");
        String call = created(rep.post("activities", Json.createObjectBuilder().add("type", "VISIT").add("status",
                "DONE")
                .add("subject", "Visit with reference story").add("occurredAt", Instant.now().toString())
                .add("opportunityId", open).build())).getString("id");
        closeAs(won, "WON");
        closeAs(lost, "LOST");

        for (String[] target : new String[][]{{"OPPORTUNITY", won}, {"OPPORTUNITY", lost}, {"ACTIVITY", call},
                {"ACCOUNT", account}}) {
            assertEquals(201, cite(rep, article, target[0], target[1]).status());
        }
        assertEquals(409, cite(rep, article, "ACCOUNT", account).status(), "once per record");
        JsonObject usage = rep.get(API + "articles/" + article).body().getJsonObject("usage");
        assertEquals(4, usage.getInt("citations"));
        assertEquals(1, usage.getInt("wonOpportunities"));
        assertEquals(1, usage.getInt("lostOpportunities"));
        assertEquals(1, usage.getInt("openOpportunities"), "the activity's opportunity counts");
        assertEquals(0.5, usage.getJsonNumber("winRate").doubleValue(), 1e-9);
        assertEquals(4, rep.get(API + "citations?recordType=ACCOUNT&recordId=" + account).array().size(),
                "a customer lists what was cited on it, its deals and its activities");
        assertEquals(1, rep.get(API + "citations?recordType=OPPORTUNITY&recordId=" + won).array().size());

        Reply hidden = cite(otherRep, article, "ACCOUNT", account);
        assertEquals(422, hidden.status(), "a customer the rep cannot see cannot be cited");
        assertEquals(404, otherRep.get(API + "citations?recordType=ACCOUNT&recordId=" + account).status());
        Company foreign = company.host().newCompany("kb-foreign");
        String foreignAccount = created(foreign.admin().post("accounts", Json.createObjectBuilder().add("name",
                "Theirs").build())).getString("id");
        assertEquals(422, cite(rep, article, "ACCOUNT", foreignAccount).status(),
                "another workspace's record is unknown here");
        String draft = created(rep.post(API + "articles", article("Draft", "PRODUCT", "wip"))).getString("id");
        assertEquals(409, cite(rep, draft, "ACCOUNT", account).status());

        String citation = rep.get(API + "citations?recordType=ACCOUNT&recordId=" + account).array().getJsonObject(0)
                .getString("id");
        assertEquals(403, otherRep.delete(API + "citations/" + citation, null).status());
        assertEquals(204, rep.delete(API + "citations/" + citation, null).status());
        assertEquals(3, rep.get(API + "citations?recordType=ACCOUNT&recordId=" + account).array().size());
    }

    @Test
    void where_an_article_was_cited_lists_only_records_the_reader_may_open_and_counts_the_rest() {
        String article = published(article("Battlecard: 竞品 A", "COMPETITOR", "Lead with service."));
        String mine = created(rep.post("accounts", Json.createObjectBuilder().add("name", "Rep's customer").build()))
                .getString("id");
        String theirs = created(otherRep.post("accounts", Json.createObjectBuilder().add("name", "Other's customer")
                .build())).getString("id");
        String theirDeal = created(otherRep.post("opportunities", Json.createObjectBuilder().add("accountId", theirs)
                .add("name", "Other's deal").build())).getString("id");
        assertEquals(201, cite(rep, article, "ACCOUNT", mine).status());
        assertEquals(201, cite(otherRep, article, "ACCOUNT", theirs).status());
        assertEquals(201, cite(otherRep, article, "OPPORTUNITY", theirDeal).status());

        JsonObject seenByRep = rep.get(API + "articles/" + article + "/citations").body();
        List<JsonObject> items = seenByRep.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of(mine), items.stream().map(c -> c.getString("customerId")).toList());
        assertEquals(2, seenByRep.getInt("hiddenCount"));
        assertFalse(seenByRep.toString().contains(theirs), "nothing names the hidden customer");
        assertFalse(seenByRep.toString().contains(otherRep.get("me").body().getString("id")), "nor who cited there");

        JsonObject seenByDirector = director.get(API + "articles/" + article + "/citations").body();
        assertEquals(3, seenByDirector.getJsonArray("items").size(), "the director sees every rep's records");
        assertEquals(0, seenByDirector.getInt("hiddenCount"));
    }

    @Test
    void a_customers_citations_leave_out_what_was_cited_on_deals_the_reader_cannot_see() {
        String article = published(article("Pricing guide", "PRODUCT", "List prices."));
        String account = created(rep.post("accounts", Json.createObjectBuilder().add("name", "Shared Co").build()))
                .getString("id");
        assertEquals(201, rep.post("accounts/" + account + "/shares", Json.createObjectBuilder().add("granteeType",
                "USER")
                .add("granteeId", otherRep.get("me").body().getString("id")).add("access", "EDIT").build()).status());
        String otherDeal = created(otherRep.post("opportunities", Json.createObjectBuilder().add("accountId", account)
                .add("name", "Other's deal on a shared customer").build())).getString("id");
        assertEquals(201, cite(otherRep, article, "OPPORTUNITY", otherDeal).status());
        assertEquals(201, cite(rep, article, "ACCOUNT", account).status());

        assertEquals(404, rep.get("opportunities/" + otherDeal).status(), "the deal is the other rep's own");
        assertEquals(1, rep.get(API + "citations?recordType=ACCOUNT&recordId=" + account).array().size());
        assertEquals(2, otherRep.get(API + "citations?recordType=ACCOUNT&recordId=" + account).array().size());
    }

    private String published(JsonObject input) {
        String id = created(director.post(API + "articles", input)).getString("id");
        assertEquals(200, director.post(API + "articles/" + id + "/publish", Json.createObjectBuilder().build())
                .status());
        return id;
    }

    private static JsonObject restoreAs(TacitClient client, String id, int version, int current) {
        Reply r = client.post(API + "articles/" + id + "/restore", Json.createObjectBuilder().add("version", version)
                .build(), "\"" + current + "\"");
        assertEquals(200, r.status(), r.body().toString());
        return r.body();
    }

    private String opportunity(String account, String name) {
        return created(rep.post("opportunities", Json.createObjectBuilder().add("accountId", account).add("name", name)
                .build())).getString("id");
    }

    private void closeAs(String opportunity, String kind) {
        String tenantId = company.admin().get("me").body().getString("tenantId");
        try (Connection c = company.host().superuser().getConnection(); PreparedStatement close = c.prepareStatement(
                "update opportunity set stage_id = (select id from sales_stage where tenant_id = ?::uuid"
                        + " and kind = ? order by position limit 1), closed_at = now() where id = ?::uuid")) {
            close.setString(1, tenantId);
            close.setString(2, kind);
            close.setString(3, opportunity);
            close.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Reply cite(TacitClient client, String article, String type, String record) {
        return client.post(API + "citations", Json.createObjectBuilder().add("articleId", article).add("recordType",
                type)
                .add("recordId", record).build());
    }

    private static JsonObject article(String title, String category, String body, String... tags) {
        JsonArrayBuilder t = Json.createArrayBuilder();
        for (String tag : tags) {
            t.add(tag);
        }
        return Json.createObjectBuilder().add("title", title).add("category", category).add("tags", t).add("body",
                body).build();
    }

    private static JsonObject created(Reply reply) {
        assertEquals(201, reply.status(), reply.body().toString());
        return reply.body();
    }

    private static List<String> ids(Reply reply) {
        assertEquals(200, reply.status(), reply.body().toString());
        return reply.body().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(o -> o.getString("id"))
                .toList();
    }

    private static List<String> titles(Reply reply) {
        return reply.body().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(o -> o.getString("title"))
                .toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
