package io.tacitcrm.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.tacitcrm.it.support.Sql;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.HeadlessChromium;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Plan a follow-up, the bell reminds, mark it done — on a phone: the bell counts what stands, the reminder opens
 * My day, the follow-up done leaves the bell; the settings page keeps the digest choice and hands out a calendar
 * address once.
 */
class RemindersScreenIT {

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {"en-US | Due today at | days in the stage", "zh-CN | 今天 | 阶段停留"})
    void a_follow_up_is_reminded_by_the_bell_and_done_from_my_day(String locale, String dueText, String stuckText) {
        TestServer server = TestServer.get();
        Tenant tenant = Tenants.signUp(server, "bell");
        TacitClient admin = tenant.admin();
        ZoneId zone = daytimeZone();
        // the user's days in the zone of the browser below, from the first page on
        admin.put("me/reminder-settings", Json.createObjectBuilder().add("timeZone", zone.getId()).add("digest", false)
                .build());
        String account = admin.post("accounts", Json.createObjectBuilder().add("name", "温州东瓯电气").build())
                .body().getString("id");
        var followUp = admin.post("activities?timeZone=UTC", Json.createObjectBuilder().add("type", "VISIT")
                .add("status", "PLANNED").add("subject", "Demo at the plant").add("occurredAt", Instant.now()
                        .plus(Duration.ofMinutes(20)).truncatedTo(ChronoUnit.SECONDS).toString())
                .add("accountId", account).build());
        assertEquals(201, followUp.status(), followUp.body()::toString);
        String deal = admin.post("opportunities", Json.createObjectBuilder().add("accountId", account)
                .add("name", "Switchgear retrofit").build()).body().getString("id");
        Sql.update(server.superuser(), "update opportunity set stage_entered_at = now() - interval '30 days'"
                + " where id = ?::uuid", deal);
        assertEquals(2, admin.get("me/notifications").body().getJsonArray("items").size(),
                () -> zone + ": " + admin.get("me/notifications").body());
        try (BrowserContext context = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                .setLocale(locale).setTimezoneId(zone.getId()).setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            HeadlessChromium.signIn(page, server.baseUri(), tenant.workspace(), tenant.adminEmail(), Tenants.PASSWORD);
            assertThat(page.locator("#reminder-count")).hasText("2");
            assertThat(page.locator("#logout")).isVisible();

            page.locator("#reminder-bell").click();
            Locator dialog = page.locator("#reminders-dialog");
            assertThat(dialog).containsText(dueText);
            assertThat(dialog).containsText("Demo at the plant — 温州东瓯电气");
            assertThat(dialog).containsText(stuckText);
            assertThat(page.locator("vaadin-dialog-overlay[opening]")).hasCount(0); // shot once it has faded in
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("reminders-" + locale)));
            dialog.locator(".tacit-reminder").filter(new Locator.FilterOptions().setHasText("Demo at the plant"))
                    .click();
            page.waitForURL("**/my-day");
            assertThat(page.locator("#reminder-count")).hasText("1");

            page.locator("#my-day-list .tacit-footprint").filter(new Locator.FilterOptions()
                    .setHasText("Demo at the plant")).locator(".footprint-done").click();
            page.locator("#complete-outcome textarea").fill("Pilot agreed");
            page.locator("#complete-save").click();
            assertThat(page.locator("#complete-save")).isHidden();
            page.locator("#reminder-bell").click();
            assertThat(page.locator("#reminders-dialog")).not().containsText("Demo at the plant");
            page.locator("#reminders-read-all").click();
            assertThat(page.locator("#reminder-count")).isHidden();
            page.keyboard().press("Escape");

            page.navigate(server.baseUri() + "settings/reminders");
            page.locator("#reminder-digest").click();
            page.locator("#reminder-prefs-save").click();
            assertThat(page.locator("vaadin-notification-card")).isVisible();
            page.locator("#calendar-feed-create").click();
            String url = page.locator("#token-secret input").inputValue();
            assertThat(page.locator("vaadin-dialog-overlay[opening]")).hasCount(0);
            assertTrue(url.contains("/api/v1/calendar-feeds/tcc_"), url);
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("calendar-address-"
                    + locale)));
            page.locator("#token-secret-close").click();
            assertThat(page.locator("#calendar-feed-revoke")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("reminder-settings-"
                    + locale)).setFullPage(true));
        }
        var settings = admin.get("me/reminder-settings").body();
        assertEquals(zone.getId(), settings.getString("timeZone"), "the browser's zone was learnt");
        assertTrue(settings.getBoolean("digest"));
        assertTrue(admin.get("me/calendar-feed").body().getBoolean("active"));
    }

    /**
     * A zone where it is working daytime now and for the next hour, before any evening's report reminder, so that the
     * follow-up falls due today there and nothing else is raised.
     */
    private static ZoneId daytimeZone() {
        for (String id : new String[] {"Asia/Shanghai", "Asia/Tokyo", "Australia/Brisbane", "Pacific/Noumea",
            "Pacific/Tongatapu", "Pacific/Honolulu", "America/Anchorage", "America/Los_Angeles", "America/Denver",
            "America/Chicago", "America/New_York", "America/Sao_Paulo", "Atlantic/South_Georgia", "Atlantic/Azores",
            "Europe/London", "Europe/Berlin", "Europe/Helsinki", "Europe/Moscow", "Asia/Dubai", "Asia/Karachi",
            "Asia/Dhaka", "Asia/Bangkok"}) {
            ZonedDateTime now = ZonedDateTime.now(ZoneId.of(id));
            if (now.getHour() >= 7 && now.getHour() <= 15) {
                return ZoneId.of(id);
            }
        }
        throw new IllegalStateException("no zone has working daytime now");
    }
}
