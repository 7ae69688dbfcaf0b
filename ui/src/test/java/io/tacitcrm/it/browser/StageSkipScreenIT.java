package io.tacitcrm.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.HeadlessChromium;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rep on a phone tries to take a fresh deal straight to Won: the deal's stage panel lists what every stage on the
 * way still lacks before the move; closing asks why, and the move is then refused with the same list; the deal stays
 * where it was.
 */
class StageSkipScreenIT {

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {
        "en-US | en | Won | passing “Qualified”: | Main contact must be filled in",
        "zh-CN | zh-CN | 赢单 | 越过“需求确认”： | 需填写主要联系人"})
    void a_deal_cannot_skip_to_won_and_the_panel_says_what_each_stage_on_the_way_lacks(String locale,
            String companyLocale, String won, String passing, String contactMissing) {
        TestServer server = TestServer.get();
        // the process speaks the company's language: a Chinese company's stages have Chinese names
        Tenant tenant = Tenants.signUp(server, "skip-screen", companyLocale);
        TacitClient admin = tenant.admin();
        String account = admin.post("accounts", Json.createObjectBuilder().add("name", "杭州快马物流").build())
                .body().getString("id");
        JsonObject deal = admin.post("opportunities", Json.createObjectBuilder().add("accountId", account)
                .add("name", "Fleet tracking").add("amount", 80000).add("closeDate", "2027-03-31").build()).body();
        try (BrowserContext context = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            HeadlessChromium.signIn(page, server.baseUri(), tenant.workspace(), tenant.adminEmail(), Tenants.PASSWORD);
            page.navigate(server.baseUri() + "customers/" + account + "?deal=" + deal.getString("id"));
            page.locator("#stage-target").click();
            page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(won)).click();
            assertThat(page.locator("#stage-message")).containsText(passing);
            assertThat(page.locator("#stage-message")).containsText(contactMissing);
            page.locator("#stage-move").click();
            // closing asks why; the move is then refused in the dialog with the same list
            page.locator("#close-reason input").click();
            page.locator("vaadin-combo-box-item").first().click();
            page.locator("#close-competitor input").fill("<i>海康</i>");
            page.locator("#close-save").click();
            assertThat(page.locator("#close-message")).containsText(passing);
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("stage-skip-refused-"
                    + locale)));
            assertEquals(deal.getString("stageId"), admin.get("opportunities/" + deal.getString("id")).body()
                    .getString("stageId"), "the deal stays where it was");
        }
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {
        "en-US | en | Solution & quote | not linked to this deal",
        "zh-CN | zh-CN | 方案报价 | 未关联到此商机"})
    void a_visit_on_the_customer_is_linked_to_the_deal_in_one_click_from_the_message(String locale,
            String companyLocale, String quote, String notLinked) {
        TestServer server = TestServer.get();
        Tenant tenant = Tenants.signUp(server, "link-screen", companyLocale);
        TacitClient admin = tenant.admin();
        String account = admin.post("accounts", Json.createObjectBuilder().add("name", "宁波港通物流").build())
                .body().getString("id");
        String contact = admin.post("contacts", Json.createObjectBuilder().add("accountId", account)
                .add("name", "王经理").add("decisionRole", "DECISION_MAKER").build()).body().getString("id");
        JsonObject deal = admin.post("opportunities", Json.createObjectBuilder().add("accountId", account)
                .add("name", "港口调度").add("amount", 120000).add("closeDate", "2027-04-30")
                .add("primaryContactId", contact).build()).body();
        assertEquals(201, admin.post("activities", Json.createObjectBuilder().add("type", "VISIT")
                .add("status", "DONE").add("subject", "现场拜访").add("occurredAt", "2026-11-20T10:00:00+08:00")
                .add("accountId", account).build()).status());
        try (BrowserContext context = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            HeadlessChromium.signIn(page, server.baseUri(), tenant.workspace(), tenant.adminEmail(), Tenants.PASSWORD);
            page.navigate(server.baseUri() + "customers/" + account + "?deal=" + deal.getString("id"));
            page.locator("#stage-target").click();
            page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText(quote)).click();
            assertThat(page.locator("#stage-message")).containsText(notLinked);
            page.locator(".stage-link").scrollIntoViewIfNeeded();
            page.waitForTimeout(400); // the phone's picker slides away
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("stage-unlinked-"
                    + locale)));
            page.locator(".stage-link").click();
            assertThat(page.locator("#stage-message")).isEmpty();
            page.locator("#stage-move").click();
            // the deal opened by its link shows again, in its new stage
            assertThat(page.locator("h4").filter(new Locator.FilterOptions().setHasText(quote))).hasCount(1);
            assertEquals(quote, admin.get("opportunities/" + deal.getString("id")).body().getString("stageName"));
        }
    }
}
