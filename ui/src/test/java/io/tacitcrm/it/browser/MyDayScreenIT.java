package io.tacitcrm.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.tacitcrm.it.support.Sql;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.HeadlessChromium;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rep's day on a phone: plan a follow-up at a customer found by typing, see what is overdue, and mark a planned
 * visit done with its outcome in one click.
 */
class MyDayScreenIT {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {"en-US | The next 7 days | Overdue | Today | [A-Z][a-z]+ | 0",
        "zh-CN | 未来 7 天 | 已逾期 | 今天 | [一二三四五六七八九十]+月 | 1"})
    void a_follow_up_is_planned_an_overdue_one_shows_and_a_planned_visit_is_done_in_one_click(String locale,
            String week, String overdueTitle, String today, String month, int weekStarts) {
        TestServer server = TestServer.get();
        Tenant tenant = Tenants.signUp(server, "my-day");
        TacitClient admin = tenant.admin();
        String account = admin.post("accounts", Json.createObjectBuilder().add("name", "温州东瓯电气").build())
                .body().getString("id");
        JsonObject late = admin.post("activities", planned("CALL", account, "Call about the budget",
                Instant.now().plus(Duration.ofHours(1)))).body();
        Sql.update(server.superuser(), "update activity set occurred_at = now() - interval '3 days' where id = ?",
                UUID.fromString(late.getString("id")));
        // a visit planned for earlier today (or, in the day's first hour, a minute from now): today either way
        Instant startOfToday = LocalDate.now(SHANGHAI).atStartOfDay(SHANGHAI).toInstant();
        Instant earlier = Instant.now().minus(Duration.ofHours(1));
        admin.post("activities", planned("VISIT", account, "Demo at the plant", earlier.isAfter(startOfToday)
                ? earlier : Instant.now().plus(Duration.ofMinutes(1))));
        try (BrowserContext context = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                .setLocale(locale).setTimezoneId(SHANGHAI.getId()).setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            HeadlessChromium.signIn(page, server.baseUri(), tenant.workspace(), tenant.adminEmail(), Tenants.PASSWORD);
            page.navigate(server.baseUri() + "my-day");
            assertThat(page.locator("#my-day-overdue")).containsText(overdueTitle);
            assertThat(page.locator("#my-day-overdue")).containsText("Call about the budget");

            // the calendar in the user's language and week (Vaadin's own words are English)
            page.locator("#my-day-date input").click();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(today).setExact(true)))
                    .isVisible();
            assertThat(page.getByRole(AriaRole.GRID).first()).hasAccessibleName(Pattern.compile(month + " \\d{4}"));
            assertEquals(weekStarts, page.evalOnSelector("#my-day-date", "picker => picker.i18n.firstDayOfWeek"));
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("my-day-calendar-"
                    + locale)));
            page.keyboard().press("Escape");
            page.locator("#plan-follow-up").click();
            page.locator("#follow-up-customer input").fill("温州");
            page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText("温州东瓯电气"))
                    .click();
            page.locator("#follow-up-subject input").fill("<b>Bring the quote</b>");
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("my-day-plan-"
                    + locale)));
            page.locator("#follow-up-save").click();
            assertThat(page.locator("#follow-up-save")).isHidden();
            assertThat(page.locator("#my-day-week")).containsText(week);
            assertThat(page.locator("#my-day-week")).containsText("<b>Bring the quote</b>");
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("my-day-" + locale))
                    .setFullPage(true));

            Locator visit = page.locator("#my-day-list .tacit-footprint").filter(new Locator.FilterOptions()
                    .setHasText("Demo at the plant"));
            visit.locator(".footprint-done").click();
            page.locator("#complete-outcome textarea").fill("They want a pilot in March");
            page.locator("#complete-save").click();
            assertThat(page.locator("#complete-save")).isHidden();
            assertThat(page.locator("#my-day-list")).containsText("They want a pilot in March");
            assertThat(page.locator("#my-day-list .footprint-done")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("my-day-done-"
                    + locale)).setFullPage(true));
            List<JsonObject> done = admin.get("activities?accountId=" + account).body().getJsonArray("items")
                    .getValuesAs(JsonObject.class).stream().filter(a -> a.getString("status").equals("DONE")).toList();
            assertEquals(1, done.size());
            assertEquals("They want a pilot in March", done.getFirst().getString("outcome"));
        }
    }

    private static JsonObject planned(String type, String account, String subject, Instant at) {
        return Json.createObjectBuilder().add("type", type).add("status", "PLANNED").add("subject", subject)
                .add("occurredAt", at.toString()).add("accountId", account).build();
    }
}
