package io.tacitcrm.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.tacitcrm.it.support.Sql;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.testkit.HeadlessChromium;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The home page as a user finds it after signing in: the day's footprints, this month's targets as a chart (with its
 * numbers as a table and as CSV), a module's card that fails without taking the page down — in both languages and at
 * a phone's width.
 */
class HomeScreensIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final TestServer server = TestServer.get();

    @Test
    void the_home_page_shows_the_day_and_the_targets_as_a_chart_and_survives_a_failing_card() throws Exception {
        Tenant tenant = Tenants.signUp(server, "home");
        TacitClient admin = tenant.admin();
        Tenants.switchPlugin(tenant, "misbehaving", true);
        String account = admin.post("accounts", Json.createObjectBuilder().add("name", "首页客户").build()).body()
                .getString("id");
        for (String status : List.of("PLANNED", "DONE")) {
            assertEquals(201, admin.post("activities", Json.createObjectBuilder().add("type", "VISIT")
                    .add("status", status).add("subject", "Visit " + status.toLowerCase())
                    .add("occurredAt", Instant.now().plus(Duration.ofMinutes(status.equals("DONE") ? -1 : 1))
                            .toString())
                    .add("accountId", account).build()).status());
        }
        TacitClient.Reply followUp = admin.post("activities", Json.createObjectBuilder().add("type", "CALL")
                .add("status", "PLANNED").add("subject", "Call back about the quote")
                .add("occurredAt", Instant.now().plus(Duration.ofHours(1)).toString()).add("accountId", account)
                .build());
        assertEquals(201, followUp.status());
        // nobody may plan in the past: two days go by, and the follow-up is overdue
        Sql.update(server.superuser(), "update activity set occurred_at = now() - interval '2 days' where id = ?",
                UUID.fromString(followUp.body().getString("id")));
        String rep = Tenants.addUser(server, tenant, "rep-" + System.nanoTime(),
                Tenants.defaultRoleChain(admin).getLast()).get("me").body().getString("id");
        assertEquals(201, admin.post("targets?timeZone=Asia/Shanghai", Json.createObjectBuilder()
                .add("subjectType", "USER").add("subjectId", rep).add("periodKind", "MONTH")
                .add("periodStart", LocalDate.now(SHANGHAI).withDayOfMonth(1).toString()).add("amount", 100000)
                .add("currency", "CNY").build()).status());

        for (String locale : List.of("en-US", "zh-CN")) {
            for (int width : List.of(1280, 390)) {
                try (BrowserContext context = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                        .setLocale(locale).setViewportSize(width, 900).setTimezoneId("Asia/Shanghai"))) {
                    Page page = context.newPage();
                    page.setDefaultTimeout(30_000);
                    HeadlessChromium.signIn(page, server.baseUri(), tenant.workspace(), tenant.adminEmail(),
                            Tenants.PASSWORD);
                    assertThat(page.locator("#home-card-core-my-day")).containsText(
                            locale.startsWith("zh") ? "今天 2 条足迹，已完成 1 条"
                                    : "2 footprints today, 1 done");
                    assertThat(page.locator("#home-card-core-my-day")).containsText("Visit planned");
                    assertThat(page.locator("#home-overdue-follow-ups")).hasText(
                            locale.startsWith("zh") ? "1 个跟进已逾期" : "1 follow-up overdue");
                    assertThat(page.locator("#home-card-core-my-day")).containsText("Call back about the quote");
                    assertThat(page.locator("#home-targets-chart canvas")).hasCount(1);
                    assertThat(page.locator("#home-card-misbehaving-failing #plugin-error-misbehaving"))
                            .isVisible();
                    page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(
                            HeadlessChromium.screenshot("home-" + locale + "-" + width)));
                }
            }
        }

        // the target is Shanghai's month: the browser must be in Shanghai too, or near midnight it is another month
        try (BrowserContext context = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                .setAcceptDownloads(true).setTimezoneId("Asia/Shanghai"))) {
            Page page = context.newPage();
            HeadlessChromium.signIn(page, server.baseUri(), tenant.workspace(), tenant.adminEmail(), Tenants.PASSWORD);
            Locator csv = page.locator("#home-targets-chart a[download]");
            Download download = page.waitForDownload(csv::click);
            String text = Files.readString(download.path()).replace("\uFEFF", "");
            assertTrue(text.startsWith(",Target,Won\r\n"), text);
            assertTrue(text.contains(",100000,0\r\n"), text);
        }
    }

    @Test
    void each_user_arranges_his_own_home_page_hiding_and_moving_cards_and_the_api_checks_the_keys() {
        Tenant tenant = Tenants.signUp(server, "home-layout");
        Tenants.switchPlugin(tenant, "misbehaving", true);
        TacitClient rep = Tenants.addUser(server, tenant, "rep-" + System.nanoTime(),
                Tenants.defaultRoleChain(tenant.admin()).getLast());
        try (BrowserContext context = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN").setViewportSize(390, 900))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            HeadlessChromium.signIn(page, server.baseUri(), tenant.workspace(), tenant.adminEmail(),
                    Tenants.PASSWORD);
            page.locator("#home-layout").click();
            page.locator("#home-layout-shown-misbehaving-failing").click();
            page.locator("#home-layout-shown-core-setup").click(); // a new company's checklist can be put away
            page.locator("#home-layout-up-core-targets").click();
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("home-layout-zh-390")));
            page.locator("#home-layout-save").click();
            assertThat(page.locator("#home-card-misbehaving-failing")).hasCount(0);
            assertThat(page.locator("#home-cards > div").first()).hasAttribute("id", "home-card-core-targets");
            page.reload();
            assertThat(page.locator("#home-cards > div").first()).hasAttribute("id", "home-card-core-targets");
        }
        assertEquals(List.of("core:setup", "core:targets", "core:my-day", "misbehaving:failing"),
                strings(tenant.admin().get("me/home").body().getJsonArray("order")));
        assertEquals(Set.of("core:setup", "misbehaving:failing"), Set.copyOf(strings(tenant.admin().get("me/home")
                .body().getJsonArray("hidden"))));
        assertEquals(List.of(), strings(rep.get("me/home").body().getJsonArray("order")), "his own page only");
        var bad = rep.put("me/home", Json.createObjectBuilder().add("order", Json.createArrayBuilder()
                .add("<script>")).add("hidden", Json.createArrayBuilder()).build());
        assertEquals(422, bad.status(), bad.body().toString());
        assertEquals("order", bad.body().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString)
                .toList();
    }
}
