package io.tacitcrm.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Geolocation;
import io.tacitcrm.it.support.Sql;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.HeadlessChromium;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The customer page on a phone keeps its place: its header shows phone, website and the next planned step; saving a
 * contact leaves the contacts tab open; a logged footprint is confirmed.
 */
class CustomerPageIT {

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {
        "en-US | Next step: | Footprint logged.",
        "zh-CN | 下一步： | 足迹已记录。"})
    void the_page_shows_how_to_reach_the_customer_and_keeps_the_open_tab_after_a_save(String locale, String next,
            String logged) {
        TestServer server = TestServer.get();
        Tenant tenant = Tenants.signUp(server, "customer-page");
        TacitClient admin = tenant.admin();
        String account = admin.post("accounts", Json.createObjectBuilder().add("name", "绍兴越城印染")
                .add("phone", "0575 8888 1234").add("website", "https://yuecheng.example").build()).body()
                .getString("id");
        admin.post("activities", Json.createObjectBuilder().add("type", "VISIT").add("status", "PLANNED")
                .add("subject", "Sample review").add("occurredAt", Instant.now().plus(Duration.ofDays(2)).toString())
                .add("accountId", account).build());
        try (BrowserContext context = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(390, 844))) {
            Page page = customerPage(context, server, tenant, account);
            assertThat(page.locator(".tacit-facts").first()).containsText("0575 8888 1234");
            assertThat(page.locator(".tacit-facts").first()).containsText("https://yuecheng.example");
            assertThat(page.locator("#customer-next-step")).containsText(next);
            assertThat(page.locator("#customer-next-step")).containsText("Sample review");

            page.locator("#footprint-subject input").fill("Called about the samples");
            page.locator("#footprint-log").click();
            assertThat(page.getByText(logged)).isVisible();

            page.locator("vaadin-tab").nth(1).click();
            String contactsTab = page.locator("vaadin-tab[selected]").innerText();
            page.locator("#new-contact").click();
            page.locator("#contact-name input").fill("陈主任");
            page.locator("#contact-save").click();
            assertThat(page.locator("#contact-save")).isHidden();
            assertThat(page.locator("vaadin-tab[selected]")).containsText(contactsTab.replaceAll("\\(\\d+\\)", "")
                    .strip());
            assertThat(page.locator("#contacts-grid")).containsText("陈主任");
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("customer-page-"
                    + locale)));
        }
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {"en-US | within 20 m | ±20 m", "zh-CN | 误差 20 米以内 | ±20 米"})
    void a_visit_logged_on_a_phone_carries_the_position_the_browser_gives(String locale, String added, String shown) {
        TestServer server = TestServer.get();
        Tenant tenant = Tenants.signUp(server, "visit-location");
        String account = tenant.admin().post("accounts", Json.createObjectBuilder().add("name", "西湖龙井茶庄")
                .build()).body().getString("id");
        try (BrowserContext context = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(390, 844)
                .setGeolocation(new Geolocation(30.2590, 120.1300).setAccuracy(20))
                .setPermissions(List.of("geolocation")))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            HeadlessChromium.signIn(page, server.baseUri(), tenant.workspace(), tenant.adminEmail(), Tenants.PASSWORD);
            page.navigate(server.baseUri() + "customers/" + account);
            page.locator("#footprint-subject input").fill("Tasting with the buyer");
            page.locator("#footprint-locate").click();
            assertThat(page.locator("#footprint-location")).containsText(added);
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("visit-location-"
                    + locale)));
            page.locator("#footprint-log").click();
            assertThat(page.locator("#timeline-grid .tacit-location")).containsText(shown);
        }
        var footprint = tenant.admin().get("activities?accountId=" + account).body().getJsonArray("items")
                .getJsonObject(0).getJsonObject("location");
        assertEquals(30.259, footprint.getJsonNumber("latitude").doubleValue(), 1e-6);
        assertEquals(120.13, footprint.getJsonNumber("longitude").doubleValue(), 1e-6);
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {
        "en-US | Enter a web address starting with http:// or https://.",
        "zh-CN | 请输入以 http:// 或 https:// 开头的网址。"})
    void a_customer_saved_with_a_web_address_refused_since_opens_and_its_edit_names_the_website(String locale,
            String refused) {
        TestServer server = TestServer.get();
        Tenant tenant = Tenants.signUp(server, "old-website");
        String account = tenant.admin().post("accounts", Json.createObjectBuilder().add("name", "老磨坊贸易")
                .build()).body().getString("id");
        // as stored before javascript: addresses were refused
        Sql.update(server.superuser(), "update account set website = 'javascript:alert(1)' where id = ?::uuid",
                account);
        try (BrowserContext context = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(390, 844))) {
            Page page = customerPage(context, server, tenant, account);
            assertThat(page.locator(".tacit-facts").first()).containsText("javascript:alert(1)");
            assertThat(page.locator("a[href^='javascript']")).hasCount(0);

            page.locator("#customer-edit").click();
            page.locator("#account-name input").fill("老磨坊贸易有限公司");
            page.locator("#account-save").click();
            assertThat(page.locator("#account-website")).hasAttribute("invalid", "");
            assertThat(page.locator("#account-website")).containsText(refused);
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("old-website-"
                    + locale)));

            page.locator("#account-website input").fill("laomofang.example");
            page.locator("#account-save").click();
            assertThat(page.locator("#account-save")).isHidden();
            assertThat(page.locator("#customer-name")).containsText("老磨坊贸易有限公司");
        }
        assertEquals("laomofang.example", tenant.admin().get("accounts/" + account).body().getString("website"));
    }

    /** The customer's page, signed in as the workspace's administrator. */
    private static Page customerPage(BrowserContext context, TestServer server, Tenant tenant, String account) {
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        HeadlessChromium.signIn(page, server.baseUri(), tenant.workspace(), tenant.adminEmail(), Tenants.PASSWORD);
        page.navigate(server.baseUri() + "customers/" + account);
        return page;
    }
}
