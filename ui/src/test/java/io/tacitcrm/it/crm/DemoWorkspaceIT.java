package io.tacitcrm.it.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.sample.demo.DemoTenant;
import io.tacitcrm.sample.demo.PlantedBehaviours;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The demo workspace the launcher loads: the story goes through the public API and leaves the access model at work;
 * the history behind it makes the cockpit worth looking at.
 */
class DemoWorkspaceIT {

    @Test
    void the_demo_loads_through_the_api_with_teams_rules_a_handover_a_pool_and_a_knowledge_base() {
        TacitClient api = TestServer.get().api();
        DemoTenant.loadOnce(api, TestServer.get().databaseSettings());
        TacitClient liu = api.login(DemoTenant.WORKSPACE, "liu.yang@yunfan.example", DemoTenant.PASSWORD);
        TacitClient chen = api.login(DemoTenant.WORKSPACE, "chen.jing@yunfan.example", DemoTenant.PASSWORD);
        Map<String, String> visible = Stream.of("济南泉城建材有限公司", "广州南方汽配有限公司",
                "上海明德精密机械有限公司")
                .flatMap(name -> liu.get("accounts?limit=5&q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).body()
                        .getJsonArray("items").getValuesAs(JsonObject.class).stream())
                .collect(Collectors.toMap(a -> a.getString("name"), a -> a.getString("id"), (a, b) -> a));

        assertTrue(visible.containsKey("济南泉城建材有限公司"), "handed over to 刘洋: " + visible.keySet());
        assertTrue(visible.containsKey("广州南方汽配有限公司"),
                "South China opened to his team by a rule: " + visible.keySet());
        String jinan = visible.get("济南泉城建材有限公司");
        assertEquals(200, liu.get("accounts/" + jinan + "/handover").status());
        assertEquals(200, chen.get("accounts/" + jinan).status(), "the previous owner reads it during co-ownership");
        assertEquals(403, chen.patch("accounts/" + jinan, Json.createObjectBuilder().add("name",
                "x").build(), null).status());
        assertEquals(90, liu.get("pool/policy").body().getInt("idleDays"));
        var articles = liu.get("x/knowledge/articles?q=" + URLEncoder.encode("华为", StandardCharsets.UTF_8));
        assertEquals(200, articles.status(), "the demo switched the knowledge base on");
        assertEquals("对比华为工业网关：我们赢在哪里",
                articles.body().getJsonArray("items").getJsonObject(0).getString("title"));
        assertTrue(liu.get("x/knowledge/citations?recordType=ACCOUNT&recordId="
                + visible.get("上海明德精密机械有限公司")).array()
                .size() >= 1,
                "刘洋 cited it while selling");
    }

    @Test
    void the_demo_history_concentrates_revenue_and_its_regional_managers_see_their_own_team() {
        TacitClient api = TestServer.get().api();
        DemoTenant.loadOnce(api, TestServer.get().databaseSettings());
        TacitClient wang = api.login(DemoTenant.WORKSPACE, DemoTenant.ADMIN.email(), DemoTenant.PASSWORD);
        TacitClient zhao = api.login(DemoTenant.WORKSPACE, "zhao.min@yunfan.example", DemoTenant.PASSWORD);

        JsonObject customers = wang.get("x/analytics/pareto?dimension=customers").body();
        JsonObject reps = wang.get("x/analytics/pareto?dimension=reps").body();
        double customerShare = customers.getJsonObject("top").getJsonNumber("share").doubleValue();
        double repShare = reps.getJsonObject("top").getJsonNumber("share").doubleValue();
        JsonObject topCustomers = customers.getJsonObject("top");
        assertTrue(customerShare > 0.65 && customerShare < 0.9, "a fifth of the customers bring most: " + topCustomers);
        assertTrue(repShare > 0.5, "a fifth of the reps bring most: " + reps.getJsonObject("top"));
        assertTrue(topCustomers.getInt("count") >= 50, "a year's buyers among ~2,000 customers: " + topCustomers);

        var team = zhao.get("x/analytics/forecast?limit=50");
        assertEquals(200, team.status(), "the 华北 manager holds the team cockpit: " + team.body());
        Set<String> names = team.body().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("name")).collect(Collectors.toSet());
        assertTrue(Set.of("胡艳", "郭涛", "何敏", "林超", "罗杰", "高芳",
                "郑勇").containsAll(names) && names.size() >= 5,
                "her reps, nobody from 华东 or 华南: " + names);
    }

    @Test
    void mining_the_demo_recovers_the_five_planted_behaviours_and_a_manager_mines_her_own_team_only() {
        TacitClient api = TestServer.get().api();
        DemoTenant.loadOnce(api, TestServer.get().databaseSettings());
        TacitClient wang = api.login(DemoTenant.WORKSPACE, DemoTenant.ADMIN.email(), DemoTenant.PASSWORD);
        TacitClient zhao = api.login(DemoTenant.WORKSPACE, "zhao.min@yunfan.example", DemoTenant.PASSWORD);
        List<String> open = wang.get("process").body().getJsonArray("stages").getValuesAs(JsonObject.class)
                .stream().filter(st -> st.getString("kind").equals("OPEN") && !st.getBoolean("retired", false))
                .sorted(Comparator.comparingInt(st -> st.getInt("order"))).map(st -> st.getString("id")).toList();

        JsonObject company = mined(wang, Json.createObjectBuilder().build());

        List<JsonObject> rules = company.getJsonArray("rules").getValuesAs(JsonObject.class);
        Set<Integer> found = new HashSet<>();
        long explained = 0;
        for (JsonObject rule : rules) {
            JsonObject c = rule.getJsonObject("condition");
            OptionalInt planted = PlantedBehaviours.explains(open.indexOf(rule.getString("stageId")),
                    c.getString("kind"), Optional.ofNullable(c.getString("type", null)),
                    c.isNull("withinDays") ? OptionalInt.empty() : OptionalInt.of(c.getInt("withinDays")));
            planted.ifPresent(found::add);
            explained += planted.isPresent() ? 1 : 0;
        }
        double precision = (double) explained / rules.size();
        double recall = (double) found.size() / PlantedBehaviours.COUNT;
        String listed = rules.stream().map(r -> r.getString("text") + " " + r.getString("figures"))
                .collect(Collectors.joining("\n"));
        assertTrue(precision >= 0.9 && recall >= 0.9, "precision " + precision + ", recall " + recall + "\n"
                + listed);

        String zhaoRole = zhao.get("me").body().getString("roleId");
        JsonObject team = mined(zhao, Json.createObjectBuilder().add("scope", Json.createObjectBuilder()
                .add("roleId", zhaoRole)).build());
        assertTrue(team.getInt("deals") > 0 && team.getInt("deals") < company.getInt("deals") / 2,
                "her region's deals only: " + team.getInt("deals") + " of " + company.getInt("deals"));
    }

    @Test
    void the_demos_win_model_ranks_and_calibrates_on_a_later_holdout_and_explains_a_deals_chance() {
        TacitClient api = TestServer.get().api();
        DemoTenant.loadOnce(api, TestServer.get().databaseSettings());
        TacitClient wang = api.login(DemoTenant.WORKSPACE, DemoTenant.ADMIN.email(), DemoTenant.PASSWORD);

        assertEquals(202, wang.post("x/analytics/win-model", Json.createObjectBuilder().build()).status());
        JsonObject model = wang.get("x/analytics/win-model").body();
        for (int i = 0; i < 600 && model.getString("status").equals("TRAINING"); i++) {
            pause();
            model = wang.get("x/analytics/win-model").body();
        }

        assertEquals("READY", model.getString("status"), model.toString());
        JsonObject holdout = model.getJsonObject("holdout");
        assertTrue(holdout.getJsonNumber("auc").doubleValue() > 0.6, "ranks better than chance: " + holdout);
        assertTrue(holdout.getJsonNumber("calibrationError").doubleValue() < 0.05, "calibrated: " + holdout);
        String open = wang.get("opportunities?limit=50").body().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().filter(o -> o.getString("stageKind").equals("OPEN")).findFirst().orElseThrow()
                .getString("id");
        JsonObject score = wang.get("x/analytics/opportunities/" + open + "/score").body();
        double chance = score.getJsonNumber("probability").doubleValue();
        assertTrue(chance > 0 && chance < 1, score.toString());
        assertTrue(score.getJsonArray("raising").size() + score.getJsonArray("lowering").size() > 0,
                "explained: " + score);
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Mines the demo's last two years and waits for the draft. */
    private static JsonObject mined(TacitClient client, JsonObject scope) {
        TacitClient.Reply started = client.post("x/analytics/playbooks", Json.createObjectBuilder(scope)
                .add("from", "2024-12-01").add("to", "2026-11-30").build());
        assertEquals(202, started.status(), started.body().toString());
        String path = "x/analytics/playbooks/" + started.body().getString("id");
        for (int i = 0; i < 600; i++) {
            JsonObject now = client.get(path).body();
            if (!now.getString("status").equals("MINING")) {
                assertEquals("DRAFT", now.getString("status"), now.toString());
                return now;
            }
            pause();
        }
        throw new AssertionError("the mining did not end within a minute");
    }
}
