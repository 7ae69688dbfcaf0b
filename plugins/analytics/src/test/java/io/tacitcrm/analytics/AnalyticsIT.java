package io.tacitcrm.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static io.tacitcrm.analytics.SimpleSales.created;
import static io.tacitcrm.analytics.SimpleSales.move;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.testkit.Company;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitPluginTest;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The cockpit's figures in a real server on generated data, checked against sums computed here from what the test
 * itself created — and, per viewer, against who may open which deal (owner, someone below, a share), worked out here
 * without the product's code: no figure counts a deal its viewer could not open.
 */
@TacitPluginTest
class AnalyticsIT {

    /** A deal as the test made it. */
    private record Deal(String id, String account, String owner, BigDecimal amount, int stage) {
    }

    /** What the test made and who sits where. */
    private static final class World {
        final Map<String, TacitClient> clients = new TreeMap<>();
        final Map<String, String> ids = new HashMap<>();
        final Map<String, Set<String>> below = new HashMap<>();
        final Map<String, String> accountNames = new HashMap<>();
        final Map<String, String> accountOwners = new HashMap<>();
        final Map<String, Set<String>> dealSharedWith = new HashMap<>();
        final List<Deal> deals = new ArrayList<>();
        final Map<String, Integer> doneFootprints = new HashMap<>();
        List<String> stageIds;

        boolean opens(String viewer, Deal deal) {
            return deal.owner().equals(ids.get(viewer)) || below.getOrDefault(viewer, Set.of()).contains(deal.owner())
                    || dealSharedWith.getOrDefault(deal.id(), Set.of()).contains(ids.get(viewer));
        }

        boolean opensAccount(String viewer, String account) {
            String owner = accountOwners.get(account);
            return owner.equals(ids.get(viewer)) || below.getOrDefault(viewer, Set.of()).contains(owner);
        }
    }

    @Test
    void every_figure_equals_an_independent_sum_over_the_deals_its_viewer_may_open(Company company)
            throws Exception {
        World world = generate(company, new Random(20261130));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (String viewer : world.clients.keySet()) {
            TacitClient client = world.clients.get(viewer);
            boolean team = !viewer.startsWith("rep");
            // without analytics.team a rep's figures are their own deals only; with it, every deal they may open
            List<Deal> counted = world.deals.stream().filter(d -> world.opens(viewer, d))
                    .filter(d -> team || d.owner().equals(world.ids.get(viewer))).toList();
            List<Deal> won = counted.stream().filter(d -> d.stage() == 2).toList();

            JsonObject pareto = client.get("x/analytics/pareto?dimension=customers&from=" + today + "&to=" + today)
                    .body();
            Map<String, BigDecimal> byCustomer = sum(won, Deal::account);
            assertEquals(total(byCustomer), new BigDecimal(pareto.get("total").toString()).setScale(2),
                    viewer + ": won total");
            assertEquals(byCustomer, values(pareto), viewer + ": won per customer");
            int top = byCustomer.isEmpty() ? 0 : (int) Math.ceil(byCustomer.size() * 0.2);
            assertEquals(top, pareto.getJsonObject("top").getInt("count"), viewer + ": the top 20% cut");
            BigDecimal topSum = byCustomer.values().stream().sorted((a, b) -> b.compareTo(a)).limit(top)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(share(topSum, total(byCustomer)), pareto.getJsonObject("top").getJsonNumber("share")
                    .doubleValue(), 1e-9, viewer + ": the top's share");
            for (JsonObject item : pareto.getJsonArray("items").getValuesAs(JsonObject.class)) {
                boolean named = item.get("name") != JsonValue.NULL;
                assertEquals(world.opensAccount(viewer, item.getString("id")), named,
                        viewer + ": a customer's name shows exactly when the viewer may open it");
            }

            JsonObject reps = client.get("x/analytics/pareto?dimension=reps&from=" + today + "&to=" + today).body();
            Map<String, BigDecimal> byRep = sum(won, Deal::owner);
            assertEquals(byRep, values(reps), viewer + ": won per rep");

            JsonObject pipeline = client.get("x/analytics/pipeline").body();
            for (JsonObject stage : pipeline.getJsonArray("stages").getValuesAs(JsonObject.class)) {
                int index = world.stageIds.indexOf(stage.getString("stageId"));
                List<Deal> here = counted.stream().filter(d -> d.stage() == index && index < 2).toList();
                BigDecimal amount = here.stream().map(Deal::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal weighted = amount.multiply(BigDecimal.valueOf(SimpleSales.PROBABILITY[Math.max(index, 0)]))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                assertEquals(here.size(), stage.getInt("deals"), viewer + ": open deals in " + stage);
                assertEquals(0, amount.compareTo(new BigDecimal(stage.get("amount").toString())),
                        viewer + ": amount in " + stage);
                assertEquals(0, weighted.compareTo(new BigDecimal(stage.get("weighted").toString())),
                        viewer + ": weighted amount in " + stage);
                List<Deal> entered = counted.stream().filter(d -> index == 0 || d.stage() == index
                        || index == 1 && d.stage() >= 2).toList();
                assertEquals(entered.size(), stage.getInt("entered"), viewer + ": entered " + stage);
            }

            JsonObject forecast = client.get("x/analytics/forecast?period=" + today.toString().substring(0, 7))
                    .body();
            assertEquals(0, total(byRep).compareTo(new BigDecimal(forecast.getJsonObject("total")
                    .get("committed").toString())), viewer + ": committed this month");

            JsonObject activity = client.get("x/analytics/activity?from=" + today + "&to=" + today).body();
            Map<String, Integer> done = new HashMap<>();
            for (JsonObject line : activity.getJsonArray("items").getValuesAs(JsonObject.class)) {
                if (line.getInt("done") > 0) {
                    done.put(line.getString("id"), line.getInt("done"));
                }
            }
            Map<String, Integer> expectedDone = new HashMap<>();
            world.doneFootprints.forEach((owner, count) -> {
                if (owner.equals(world.ids.get(viewer)) || team && world.below.getOrDefault(viewer, Set.of())
                        .contains(owner)) {
                    expectedDone.put(owner, count);
                }
            });
            assertEquals(expectedDone, done, viewer + ": done footprints per person");
        }
    }

    @Test
    void a_rep_with_a_target_and_no_deal_yet_is_a_named_forecast_line_and_an_owner_filter_leaves_others_out(
            Company company) {
        TacitClient admin = company.admin();
        String stamp = Long.toString(System.nanoTime());
        String aim = company.addRep("aim-" + stamp).get("me").body().getString("id");
        String other = company.addRep("other-" + stamp).get("me").body().getString("id");
        String month = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1).toString();
        for (String rep : List.of(aim, other)) {
            assertEquals(201, admin.post("targets", Json.createObjectBuilder().add("subjectType", "USER")
                    .add("subjectId", rep).add("periodKind", "MONTH").add("periodStart", month).add("amount", 50000)
                    .add("currency", "CNY").build()).status());
        }
        String forecast = "x/analytics/forecast?currency=CNY&limit=200&period=" + month.substring(0, 7);

        Map<String, JsonObject> lines = forecastLines(admin.get(forecast).body());
        assertEquals("aim-" + stamp, lines.get(aim).getString("name"), "named, though no deal counts yet");
        assertEquals(0, new BigDecimal("50000").compareTo(new BigDecimal(lines.get(aim).getJsonObject("figures")
                .get("target").toString())));
        assertTrue(lines.containsKey(other));

        Map<String, JsonObject> one = forecastLines(admin.get(forecast + "&ownerId=" + aim).body());
        assertEquals(Set.of(aim), one.keySet(), "only the rep asked for, her target included");
    }

    private static Map<String, JsonObject> forecastLines(JsonObject forecast) {
        return forecast.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(l -> l.getString("userId"), l -> l));
    }

    @Test
    void bad_parameters_are_refused_field_by_field_and_a_rep_cannot_ask_for_a_colleague(Company company) {
        TacitClient admin = company.admin();
        TacitClient rep = company.addRep("rep-" + System.nanoTime());
        String repId = rep.get("me").body().getString("id");
        Map<String, String> bad = Map.of(
                "pareto?dimension=regions", "dimension",
                "pareto?from=2026-13-01", "from",
                "pareto?from=2026-05-01&to=2026-04-01", "to",
                "pareto?from=2020-01-01&to=2026-01-01", "to",
                "forecast?period=2026-Q5", "period",
                "activity?groupBy=region", "groupBy",
                "risk?limit=0", "limit",
                "risk?cursor=bm90LWEtY3Vyc29y", "cursor",
                "pipeline?ownerId=someone", "ownerId",
                "pipeline?closeFrom=2026-05-01&closeTo=2026-04-01", "closeTo");
        bad.forEach((query, field) -> {
            TacitClient.Reply reply = admin.get("x/analytics/" + query);
            assertEquals(422, reply.status(), query + ": " + reply.body());
            assertTrue(reply.body().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                    .anyMatch(e -> e.getString("field").equals(field)), query + " names " + field + ": "
                    + reply.body());
        });
        assertEquals(422, admin.get("x/analytics/pareto?ownerId=" + repId + "&roleId="
                + company.roleChain().getLast()).status(), "one of ownerId, roleId, teamId");
        String adminId = admin.get("me").body().getString("id");
        assertEquals(403, rep.get("x/analytics/pareto?ownerId=" + adminId).status(), "a colleague's figures");
        assertEquals(403, rep.get("x/analytics/risk?roleId=" + company.roleChain().getFirst()).status());
        assertEquals(200, rep.get("x/analytics/pareto?ownerId=" + repId).status(), "one's own figures");
    }

    @Test
    void long_lists_come_in_pages_that_add_up_to_the_whole(Company company) {
        TacitClient admin = company.admin();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String> stages = SimpleSales.process(admin);
        for (int i = 0; i < 7; i++) {
            String account = created(admin.post("accounts", Json.createObjectBuilder().add("name", "Paged " + i)
                    .build()));
            String deal = created(admin.post("opportunities", Json.createObjectBuilder().add("accountId", account)
                    .add("name", "Deal " + i).add("amount", 1000 + i).add("stageId", stages.get(0)).build()));
            assertEquals(200, admin.post("opportunities/" + deal + "/stage", Json.createObjectBuilder()
                    .add("stageId", stages.get(2)).build()).status());
        }
        String all = "x/analytics/pareto?from=" + today + "&to=" + today;
        List<String> whole = ids(admin.get(all).body());
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject page = admin.get(all + "&limit=3" + (cursor == null ? "" : "&cursor=" + cursor)).body();
            assertTrue(page.getJsonArray("items").size() <= 3);
            paged.addAll(ids(page));
            cursor = page.get("nextCursor") == JsonValue.NULL ? null : page.getString("nextCursor");
        } while (cursor != null);
        assertEquals(7, whole.size());
        assertEquals(whole, paged);
        assertEquals(List.of(true, true, false, false, false, false, false), admin.get(all).body()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getBoolean("top")).toList(),
                "the top 20% of seven is two (rounded up)");
        assertFalse(admin.get("x/analytics/risk").body().getJsonArray("items").isEmpty());
    }

    /** A company with two branches under the director, five owners, deals in every stage, a rule, footprints. */
    private World generate(Company company, Random random) {
        World world = new World();
        TacitClient admin = company.admin();
        List<String> chain = company.roleChain();
        world.stageIds = SimpleSales.process(admin);
        String east = created(admin.post("roles", Json.createObjectBuilder().add("name", "Manager East")
                .add("parentId", chain.get(1)).add("permissions", Json.createArrayBuilder()).build()));
        JsonArrayBuilder repPermissions = Json.createArrayBuilder();
        admin.get("roles").body().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("id").equals(chain.get(3))).findFirst().orElseThrow()
                .getJsonArray("permissions").forEach(repPermissions::add);
        String eastReps = created(admin.post("roles", Json.createObjectBuilder().add("name", "Rep East")
                .add("parentId", east).add("permissions", repPermissions).build()));
        world.clients.put("admin", admin);
        world.clients.put("director", company.addUser("director-" + System.nanoTime(), chain.get(1)));
        world.clients.put("manager", company.addUser("manager-" + System.nanoTime(), chain.get(2)));
        world.clients.put("rep1", company.addUser("rep1-" + System.nanoTime(), chain.get(3)));
        world.clients.put("rep2", company.addUser("rep2-" + System.nanoTime(), chain.get(3)));
        world.clients.put("rep3", company.addUser("rep3-" + System.nanoTime(), eastReps));
        world.clients.forEach((name, client) -> world.ids.put(name, client.get("me").body().getString("id")));
        Set<String> managerBelow = Set.of(world.ids.get("rep1"), world.ids.get("rep2"));
        world.below.put("manager", managerBelow);
        world.below.put("director", Set.of(world.ids.get("manager"), world.ids.get("rep1"), world.ids.get("rep2"),
                world.ids.get("rep3")));
        world.below.put("admin", new HashSet<>(world.ids.values()));
        world.below.get("admin").remove(world.ids.get("admin"));
        // the director's deals lie above the manager: the manager may open none of them
        for (String owner : List.of("director", "manager", "rep1", "rep2", "rep3")) {
            TacitClient client = world.clients.get(owner);
            for (int a = 0; a < 4; a++) {
                String name = owner + " customer " + a;
                String account = created(client.post("accounts", Json.createObjectBuilder().add("name", name)
                        .build()));
                world.accountNames.put(account, name);
                world.accountOwners.put(account, world.ids.get(owner));
                String contact = created(client.post("contacts", Json.createObjectBuilder().add("accountId", account)
                        .add("name", "Contact " + a).build()));
                for (int d = 0; d < 2; d++) {
                    BigDecimal amount = BigDecimal.valueOf(1000L * (1 + random.nextInt(90))).setScale(2);
                    int stage = random.nextInt(4);
                    String deal = created(client.post("opportunities", Json.createObjectBuilder()
                            .add("accountId", account).add("name", name + " deal " + d).add("amount", amount)
                            .add("stageId", world.stageIds.get(0)).build()));
                    if (stage >= 1) {
                        move(client, deal, world.stageIds.get(1));
                    }
                    if (stage >= 2) {
                        move(client, deal, world.stageIds.get(stage));
                    }
                    world.deals.add(new Deal(deal, account, world.ids.get(owner), amount, stage));
                }
                int footprints = random.nextInt(3);
                for (int f = 0; f < footprints; f++) {
                    assertEquals(201, client.post("activities", Json.createObjectBuilder().add("type", "VISIT")
                            .add("status", "DONE").add("subject", "Visit").add("accountId", account)
                            .add("contactId", contact).add("occurredAt", Instant.now().toString()).build())
                            .status());
                }
                world.doneFootprints.merge(world.ids.get(owner), footprints, Integer::sum);
            }
        }
        // the director's deal on a customer of rep1, with a footprint on it: the manager may open the customer but
        // neither the deal nor that footprint
        TacitClient director = world.clients.get("director");
        String rep1Account = world.accountOwners.entrySet().stream()
                .filter(e -> e.getValue().equals(world.ids.get("rep1"))).map(Map.Entry::getKey).sorted()
                .findFirst().orElseThrow();
        BigDecimal hiddenAmount = BigDecimal.valueOf(7000).setScale(2);
        String hidden = created(director.post("opportunities", Json.createObjectBuilder().add("accountId", rep1Account)
                .add("name", "Director's deal").add("amount", hiddenAmount).add("stageId", world.stageIds.get(0))
                .build()));
        world.deals.add(new Deal(hidden, rep1Account, world.ids.get("director"), hiddenAmount, 0));
        assertEquals(201, director.post("activities", Json.createObjectBuilder().add("type", "VISIT")
                .add("status", "DONE").add("subject", "Visit on the director's deal").add("accountId", rep1Account)
                .add("opportunityId", hidden).add("occurredAt", Instant.now().toString()).build()).status());
        world.doneFootprints.merge(world.ids.get("director"), 1, Integer::sum);
        world.doneFootprints.values().removeIf(count -> count == 0);
        // a sharing rule opens the other branch's deals (not their customers) to the manager
        TacitClient.Reply rule = admin.post("sharing/rules", Json.createObjectBuilder().add("name", "East deals")
                .add("object", "opportunity").add("kind", "OWNER").add("source", Json.createObjectBuilder()
                        .add("type", "ROLE").add("id", eastReps)).add("granteeType", "USER")
                .add("granteeId", world.ids.get("manager")).add("access", "READ").build());
        assertEquals(201, rule.status(), rule.body().toString());
        world.deals.stream().filter(d -> d.owner().equals(world.ids.get("rep3"))).forEach(d -> world.dealSharedWith
                .computeIfAbsent(d.id(), k -> new HashSet<>()).add(world.ids.get("manager")));
        assertTrue(world.deals.stream().anyMatch(d -> d.owner().equals(world.ids.get("rep3")) && d.stage() == 2),
                "the seed gives the other branch a won deal, so the rule is put to the test");
        return world;
    }

    private static Map<String, BigDecimal> sum(List<Deal> deals, Function<Deal, String> key) {
        return deals.stream().collect(Collectors.toMap(key, Deal::amount, BigDecimal::add, TreeMap::new));
    }

    private static BigDecimal total(Map<String, BigDecimal> sums) {
        return sums.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    private static Map<String, BigDecimal> values(JsonObject pareto) {
        assertNull(pareto.get("nextCursor") == JsonValue.NULL ? null : pareto.get("nextCursor"),
                "all on one page");
        return pareto.getJsonArray("items").getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(
                i -> i.getString("id"), i -> new BigDecimal(i.get("value").toString()).setScale(2),
                BigDecimal::add, TreeMap::new));
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("id"))
                .toList();
    }

    private static double share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? 0 : part.doubleValue() / whole.doubleValue();
    }
}
