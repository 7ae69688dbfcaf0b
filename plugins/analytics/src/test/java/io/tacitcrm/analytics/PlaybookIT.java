package io.tacitcrm.analytics;

import static io.tacitcrm.analytics.SimpleSales.created;
import static io.tacitcrm.analytics.SimpleSales.move;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.testkit.Company;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitPluginTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Playbooks end to end in a real server: a manager's mining counts only the subtree's deals and finds what the top
 * rep does; a manager edits and publishes; a deal is guided and gated by the published rule; bad input and missing
 * permissions are refused.
 */
@TacitPluginTest
class PlaybookIT {

    private static final int DEALS = 36;

    /** Who is who, and the stages. */
    private record Team(TacitClient admin, TacitClient manager, TacitClient top, TacitClient other,
                        TacitClient outside, String managerRole, List<String> stages) {
    }

    @Test
    void a_managers_mining_counts_only_the_subtree_and_finds_the_top_reps_demo_with_the_decision_maker(
            Company company) {
        Team team = team(company);

        JsonObject mined = mined(team.manager(), Json.createObjectBuilder().add("scope", Json.createObjectBuilder()
                .add("roleId", team.managerRole())).build());

        assertEquals("DRAFT", mined.getString("status"), mined.toString());
        assertEquals(List.of(id(team.top())), mined.getJsonArray("topReps").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList(), "the top 20% of the subtree by won revenue");
        JsonObject lead = sample(mined, team.stages().get(0));
        assertEquals(DEALS, lead.getInt("won"), "the top rep's won deals, none of the branch outside: " + lead);
        assertEquals(DEALS, lead.getInt("lost"), "the subtree's lost deals, none of the branch outside: " + lead);
        assertEquals(2 * DEALS, mined.getInt("deals"));
        List<JsonObject> rules = mined.getJsonArray("rules").getValuesAs(JsonObject.class);
        assertTrue(rules.stream().anyMatch(r -> r.getString("stageId").equals(team.stages().get(0))
                && "DEMO".equals(r.getJsonObject("condition").getString("type", ""))), "the demo is found: " + rules);
        assertTrue(rules.stream().allMatch(r -> r.getString("text").startsWith("In ")
                && r.getString("figures").contains("lift")), "worded in the user's language: " + rules);
        assertTrue(rules.stream().noneMatch(r -> "CALL".equals(r.getJsonObject("condition").getString("type", ""))),
                "the call everyone makes is no rule: " + rules);

        JsonObject whole = mined(team.admin(), Json.createObjectBuilder().build());
        assertEquals(DEALS + DEALS / 2, sample(whole, team.stages().get(0)).getInt("lost"),
                "the company's mining counts the branch outside too: " + whole);
        JsonObject comparison = team.manager().get("x/analytics/playbooks/" + mined.getString("id") + "/comparison")
                .body();
        assertTrue(comparison.getJsonArray("lines").getValuesAs(JsonObject.class).stream().anyMatch(l ->
                l.getString("metric").equals("USED_TYPE") && "DEMO".equals(l.getString("type", ""))
                        && l.getString("deals").equals("WON") && !l.getBoolean("enough")),
                "a group without enough stays says so (the rest won no deal): " + comparison);

        assertEquals(403, team.top().post("x/analytics/win-model", Json.createObjectBuilder().build()).status());
        assertEquals(202, team.manager().post("x/analytics/win-model", Json.createObjectBuilder().build()).status());
        JsonObject model = waitFor(team.manager(), "x/analytics/win-model", "TRAINING");
        assertEquals("TOO_FEW", model.getString("status"), model.toString());
        assertEquals(2 * DEALS, model.getInt("deals"), "the manager's own view of the closed deals: " + model);
        String open = created(team.top().post("opportunities", Json.createObjectBuilder().add("accountId",
                created(team.top().post("accounts", Json.createObjectBuilder().add("name", "Open one").build())))
                .add("name", "Open").add("amount", 100).add("stageId", team.stages().get(0)).build()));
        JsonObject score = team.top().get("x/analytics/opportunities/" + open + "/score").body();
        assertFalse(score.getBoolean("available"), "no score from too few deals: " + score);
    }

    @Test
    void a_published_gate_holds_a_deal_in_its_stage_until_the_rule_is_met_and_guidance_says_what_is_due(
            Company company) {
        Team team = team(company);
        JsonObject draft = mined(team.manager(), Json.createObjectBuilder().add("scope", Json.createObjectBuilder()
                .add("roleId", team.managerRole())).build());
        String path = "x/analytics/playbooks/" + draft.getString("id");
        JsonObject demo = draft.getJsonArray("rules").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("stageId").equals(team.stages().get(0))).findFirst().orElseThrow();
        List<String> others = draft.getJsonArray("rules").getValuesAs(JsonObject.class).stream()
                .filter(r -> r != demo).map(r -> r.getString("id")).toList();
        JsonObject edit = Json.createObjectBuilder().add("drop", Json.createArrayBuilder(others))
                .add("rules", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", demo.getString("id"))
                        .add("gate", true).add("withinDays", 14))).build();

        assertEquals(428, team.manager().patch(path, edit, null).status(), "If-Match is required");
        assertEquals(412, team.manager().patch(path, edit, "\"0\"").status(), "a stale revision is refused");
        assertEquals(403, team.top().patch(path, edit, revision(draft)).status(), "a rep may not edit");
        TacitClient.Reply edited = team.manager().patch(path, edit, revision(draft));
        assertEquals(200, edited.status(), edited.body().toString());
        assertEquals(1, edited.body().getJsonArray("rules").size());
        assertTrue(edited.body().getJsonArray("rules").getJsonObject(0).getBoolean("edited"));
        TacitClient.Reply published = team.manager().post(path + "/publish", Json.createObjectBuilder().build(),
                revision(edited.body()));
        assertEquals(200, published.status(), published.body().toString());
        assertEquals(1, published.body().getInt("version"));
        assertEquals(List.of("PUBLISHED"), team.top().get("x/analytics/playbooks").body().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().map(p -> p.getString("status")).distinct().toList(),
                "a rep sees the published playbook only");

        String account = created(team.top().post("accounts", Json.createObjectBuilder().add("name", "New lead")
                .build()));
        String boss = created(team.top().post("contacts", Json.createObjectBuilder().add("accountId", account)
                .add("name", "Boss").add("decisionRole", "DECISION_MAKER").build()));
        String deal = created(team.top().post("opportunities", Json.createObjectBuilder().add("accountId", account)
                .add("name", "New deal").add("amount", 5000).add("stageId", team.stages().get(0)).build()));
        JsonObject guidance = team.top().get("x/analytics/opportunities/" + deal + "/guidance").body();
        assertEquals("DUE", guidance.getJsonArray("checks").getJsonObject(0).getString("state"), guidance.toString());
        assertEquals(1, guidance.getJsonArray("nextActions").size());
        TacitClient.Reply refused = team.top().post("opportunities/" + deal + "/stage", Json.createObjectBuilder()
                .add("stageId", team.stages().get(1)).build());
        assertEquals(422, refused.status(), refused.body().toString());
        assertTrue(refused.body().toString().contains("1 × demo"),
                "the gate says what is missing: " + refused.body());
        move(team.top(), deal, team.stages().get(3)); // giving up is never held

        String second = created(team.top().post("opportunities", Json.createObjectBuilder().add("accountId", account)
                .add("name", "Second deal").add("amount", 5000).add("stageId", team.stages().get(0)).build()));
        footprint(team.top(), account, second, boss, "DEMO");
        JsonObject met = team.top().get("x/analytics/opportunities/" + second + "/guidance").body();
        assertEquals("MET", met.getJsonArray("checks").getJsonObject(0).getString("state"), met.toString());
        move(team.top(), second, team.stages().get(1));
        move(team.top(), second, team.stages().get(2));
        JsonObject effect = team.manager().get(path + "/effect").body().getJsonArray("rules").getJsonObject(0);
        assertEquals(1, effect.getInt("followed"), "the second deal followed the rule and was won: " + effect);
        assertEquals(1, effect.getInt("notFollowed"), "the first did not and was lost: " + effect);
        assertEquals(1.0, effect.getJsonNumber("followedWinRate").doubleValue());
        assertEquals(0.0, effect.getJsonNumber("notFollowedWinRate").doubleValue());
        assertFalse(effect.getBoolean("enough"), "two deals say nothing yet");

        JsonObject again = mined(team.manager(), Json.createObjectBuilder().add("scope", Json.createObjectBuilder()
                .add("roleId", team.managerRole())).build());
        TacitClient.Reply next = team.manager().post("x/analytics/playbooks/" + again.getString("id") + "/publish",
                Json.createObjectBuilder().build(), revision(again));
        assertEquals(2, next.body().getInt("version"), next.body().toString());
        assertEquals("RETIRED", team.manager().get(path).body().getString("status"), "the first version is kept");
    }

    @Test
    void bad_input_and_missing_permissions_are_refused_with_problems(Company company) {
        TacitClient admin = company.admin();
        TacitClient rep = company.addRep("rep-" + System.nanoTime());
        TacitClient.Reply reversed = admin.post("x/analytics/playbooks", Json.createObjectBuilder()
                .add("from", "2026-06-01").add("to", "2026-01-01").build());
        assertEquals(422, reversed.status(), reversed.body().toString());
        TacitClient.Reply foreignRole = admin.post("x/analytics/playbooks", Json.createObjectBuilder()
                .add("scope", Json.createObjectBuilder().add("roleId", UUID.randomUUID().toString()))
                .build());
        assertEquals(422, foreignRole.status(), foreignRole.body().toString());
        assertEquals(422, admin.post("x/analytics/playbooks", Json.createObjectBuilder().add("currency", "cny")
                .build()).status());
        assertEquals(403, rep.post("x/analytics/playbooks", Json.createObjectBuilder().build()).status());
        assertEquals(404, admin.get("x/analytics/playbooks/" + UUID.randomUUID()).status());
        assertEquals(404, admin.get("x/analytics/playbooks/not-an-id").status());
        assertEquals(404, admin.get("x/analytics/opportunities/" + UUID.randomUUID() + "/guidance")
                .status());
    }

    private static Team team(Company company) {
        TacitClient admin = company.admin();
        List<String> chain = company.roleChain();
        List<String> stages = SimpleSales.process(admin);
        var repPermissions = Json.createArrayBuilder();
        admin.get("roles").body().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("id").equals(chain.get(3))).findFirst().orElseThrow()
                .getJsonArray("permissions").forEach(repPermissions::add);
        String outsideRole = created(admin.post("roles", Json.createObjectBuilder().add("name", "Rep West")
                .add("parentId", chain.get(1)).add("permissions", repPermissions).build()));
        TacitClient manager = company.addUser("manager-" + System.nanoTime(), chain.get(2));
        TacitClient top = company.addUser("top-" + System.nanoTime(), chain.get(3));
        TacitClient other = company.addUser("other-" + System.nanoTime(), chain.get(3));
        TacitClient outside = company.addUser("outside-" + System.nanoTime(), outsideRole);
        for (int i = 0; i < DEALS; i++) {
            deal(top, stages, "DEMO", stages.get(2));
            deal(other, stages, "CALL", stages.get(3));
            if (i % 2 == 0) {
                deal(outside, stages, "CALL", stages.get(3));
            }
        }
        return new Team(admin, manager, top, other, outside, chain.get(2), stages);
    }

    /** A deal through Lead (one footprint of the type with the decision maker) and Proposal to its end. */
    private static void deal(TacitClient rep, List<String> stages, String type, String end) {
        String account = created(rep.post("accounts", Json.createObjectBuilder().add("name", "Customer "
                + System.nanoTime()).build()));
        String contact = created(rep.post("contacts", Json.createObjectBuilder().add("accountId", account)
                .add("name", "Boss").add("decisionRole", "DECISION_MAKER").build()));
        String deal = created(rep.post("opportunities", Json.createObjectBuilder().add("accountId", account)
                .add("name", "Deal").add("amount", 10_000).add("stageId", stages.get(0)).build()));
        footprint(rep, account, deal, contact, type);
        move(rep, deal, stages.get(1));
        move(rep, deal, end);
    }

    private static void footprint(TacitClient rep, String account, String deal, String contact, String type) {
        assertEquals(201, rep.post("activities", Json.createObjectBuilder().add("type", type).add("status", "DONE")
                .add("subject", type).add("accountId", account).add("opportunityId", deal).add("contactId", contact)
                .add("occurredAt", Instant.now().toString()).build()).status());
    }

    /** Starts a mining of this year and waits for it to end. */
    private static JsonObject mined(TacitClient client, JsonObject input) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        var body = Json.createObjectBuilder(input).add("from", today.minusDays(30).toString())
                .add("to", today.toString()).build();
        TacitClient.Reply started = client.post("x/analytics/playbooks", body);
        assertEquals(202, started.status(), started.body().toString());
        assertFalse(started.header("Location").isEmpty());
        return waitFor(client, "x/analytics/playbooks/" + started.body().getString("id"), "MINING");
    }

    /** Reads the path until its status is no longer {@code busy}. */
    private static JsonObject waitFor(TacitClient client, String path, String busy) {
        long until = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < until) {
            JsonObject now = client.get(path).body();
            if (!now.getString("status").equals(busy)) {
                return now;
            }
            sleep();
        }
        throw new AssertionError(path + " was still " + busy + " after a minute");
    }

    private static JsonObject sample(JsonObject playbook, String stage) {
        return playbook.getJsonArray("samples").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("stageId").equals(stage)).findFirst()
                .orElseThrow(() -> new AssertionError("no sample of " + stage + " in " + playbook));
    }

    private static String id(TacitClient client) {
        return client.get("me").body().getString("id");
    }

    private static String revision(JsonObject playbook) {
        return "\"" + playbook.getInt("revision") + "\"";
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
