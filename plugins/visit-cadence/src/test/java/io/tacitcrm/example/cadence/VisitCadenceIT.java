package io.tacitcrm.example.cadence;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.tacitcrm.testkit.Company;
import io.tacitcrm.testkit.HeadlessChromium;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitPluginTest;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Visit cadence in a real server, straight from this project's classes (the plugin test kit): kept current by
 * events, steered by its settings, showing each user only what they may see — and on screen in both languages.
 */
@TacitPluginTest
class VisitCadenceIT {

    @Test
    void overdue_customers_follow_the_company_s_threshold_and_footprints_and_each_user_sees_only_their_own(
            Company company) throws Exception {
        TacitClient admin = company.admin();
        TacitClient rep = company.addRep("rep-" + System.nanoTime());
        String visited = account(admin, "Visited five days ago");
        String never = account(admin, "Never visited");
        String called = account(rep, "Only called");
        footprint(admin, visited, "VISIT", Instant.now().minus(Duration.ofDays(5)));
        footprint(rep, called, "CALL", Instant.now().minus(Duration.ofDays(1)));

        assertEquals(sorted(never, called), sorted(awaitOverdue(admin, 2)), "never visited, and only called");
        assertEquals(List.of(called), overdue(rep), "a rep sees his own customers only");

        settings(admin, Json.createObjectBuilder().add("overdue-days", 3).build());
        List<String> atThree = overdue(admin);
        assertEquals(visited, atThree.getLast(), "never visited first, then the longest ago");
        assertEquals(sorted(never, called, visited), sorted(atThree), "five days is overdue at three");
        settings(admin, Json.createObjectBuilder().add("counts", "any").build());
        assertEquals(List.of(never, visited), overdue(admin), "a call counts once any footprint counts");

        footprint(admin, never, "VISIT", Instant.now());
        assertEquals(List.of(visited), awaitOverdue(admin, 1), "a visit logged now takes the customer off the list");

        Map<String, Integer> byRep = admin.get("x/visit-cadence/reps").body().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getString("ownerId"), r -> r.getInt("customers")));
        assertEquals(Map.of(admin.get("me").body().getString("id"), 2, rep.get("me").body().getString("id"), 1),
                byRep);
        assertEquals(1, rep.get("x/visit-cadence/reps").body().getJsonArray("items").size());
        assertEquals(400, admin.get("x/visit-cadence/overdue?limit=0").status());
        assertEquals(422, admin.patch("plugins/visit-cadence/settings", Json.createObjectBuilder()
                .add("overdue-days", 400).build(), null).status());
    }

    @Test
    void switching_the_module_on_backfills_it_from_the_customers_and_footprints_already_there(Company company)
            throws Exception {
        TacitClient admin = company.admin();
        assertEquals(200, admin.patch("plugins/visit-cadence", Json.createObjectBuilder().add("enabled", false)
                .build(), null).status());
        String visited = account(admin, "Visited before the module");
        String never = account(admin, "Never visited before the module");
        footprint(admin, visited, "MEETING", Instant.now().minus(Duration.ofDays(2)));

        assertEquals(200, admin.patch("plugins/visit-cadence", Json.createObjectBuilder().add("enabled", true)
                .build(), null).status());

        assertEquals(List.of(never), awaitOverdue(admin, 1), "the meeting two days ago counts; the other is due");
    }

    @Test
    void the_nightly_job_counts_each_rep_s_overdue_customers_and_a_rep_sees_only_his_own_trend(Company company) {
        TacitClient admin = company.admin();
        TacitClient rep = company.addRep("rep-" + System.nanoTime());
        account(admin, "Admin's, never visited");
        String repsVisited = account(rep, "Rep's, visited");
        account(rep, "Rep's, never visited");
        footprint(rep, repsVisited, "VISIT", Instant.now().minus(Duration.ofDays(1)));
        assertEquals(403, rep.post("plugins/visit-cadence/jobs/nightly-count/runs", Json.createObjectBuilder()
                .build()).status(), "only plugins.manage runs a job by hand");

        TacitClient.Reply run = admin.post("plugins/visit-cadence/jobs/nightly-count/runs",
                Json.createObjectBuilder().build());
        assertEquals(200, run.status(), run.body().toString());
        assertEquals("DONE", run.body().getString("outcome"));
        assertEquals("nightly-count", admin.get("plugins/visit-cadence/jobs").body().getJsonArray("items")
                .getJsonObject(0).getString("job"));

        String repId = rep.get("me").body().getString("id");
        Map<String, String> all = admin.get("x/visit-cadence/trend").body().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().collect(Collectors.toMap(p -> p.getString("ownerId"),
                        p -> p.getInt("overdue") + "/" + p.getInt("customers")));
        assertEquals(Map.of(admin.get("me").body().getString("id"), "1/1", repId, "1/2"), all,
                "the top role holds visit-cadence.team (granted to the sales managers below it)");
        List<JsonObject> own = rep.get("x/visit-cadence/trend").body().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertEquals(List.of(repId), own.stream().map(p -> p.getString("ownerId")).toList());
        assertEquals(400, rep.get("x/visit-cadence/trend?days=0").status());
    }

    @Test
    void the_home_card_the_view_and_the_customer_tab_read_well_in_both_languages_and_on_a_phone(Company company) {
        String customer = account(company.admin(), "Visited five days ago");
        footprint(company.admin(), customer, "VISIT", Instant.now().minus(Duration.ofDays(5)));
        settings(company.admin(), Json.createObjectBuilder().add("overdue-days", 3).build());
        for (String locale : List.of("en-US", "zh-CN")) {
            for (int width : List.of(1280, 390)) {
                try (BrowserContext context = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                        .setLocale(locale).setViewportSize(width, 860))) {
                    Page page = context.newPage();
                    page.setDefaultTimeout(30_000);
                    HeadlessChromium.signIn(page, company.host().baseUri(), company.workspace(),
                            company.adminEmail(), Company.PASSWORD);
                    assertThat(page.locator("#cadence-widget-chart canvas")).hasCount(1);
                    page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(
                            HeadlessChromium.screenshot("visit-cadence-home-" + locale + "-" + width)));
                    page.navigate(company.host().baseUri().resolve("/x/visit-cadence/overdue").toString());
                    assertThat(page.locator("#cadence-customers")).isVisible();
                    assertThat(page.locator("#cadence-customers")).containsText("Visited five days ago");
                    page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot(
                            "visit-cadence-" + locale + "-" + width)));
                    page.navigate(company.host().baseUri().resolve("/customers/" + customer).toString());
                    page.locator("vaadin-tab").filter(new Locator.FilterOptions()
                            .setHasText(locale.startsWith("zh") ? "拜访节奏" : "Visit cadence")).click();
                    assertThat(page.locator("#cadence-status")).isVisible();
                    page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot(
                            "visit-cadence-panel-" + locale + "-" + width)));
                }
            }
        }
    }

    private static List<String> sorted(String... ids) {
        return Arrays.stream(ids).sorted().toList();
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
    }

    private static String account(TacitClient owner, String name) {
        return owner.post("accounts", Json.createObjectBuilder().add("name", name + " " + System.nanoTime()).build())
                .body().getString("id");
    }

    private static void footprint(TacitClient owner, String account, String type, Instant at) {
        var reply = owner.post("activities", Json.createObjectBuilder().add("type", type).add("status", "DONE")
                .add("subject", type).add("occurredAt", at.toString()).add("accountId", account).build());
        assertEquals(201, reply.status(), reply.body().toString());
    }

    private static void settings(TacitClient admin, JsonObject patch) {
        assertEquals(200, admin.patch("plugins/visit-cadence/settings", patch, null).status());
    }

    private static List<String> overdue(TacitClient user) {
        return user.get("x/visit-cadence/overdue").body().getJsonArray("items").getValuesAs(JsonObject.class)
                .stream().map(c -> c.getString("customerId")).toList();
    }

    /** The overdue list once it has {@code size} entries (backfill and listeners run after the change commits). */
    private static List<String> awaitOverdue(TacitClient user, int size) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        List<String> found = overdue(user);
        while (found.size() != size && System.nanoTime() < deadline) {
            Thread.sleep(200);
            found = overdue(user);
        }
        return found;
    }
}
