package io.tacitcrm.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.HeadlessChromium;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The header's one search box, on a phone and on a desk: type part of a name, see customers, contacts and deals
 * labelled by kind, choose one with the keyboard and it opens.
 */
class SearchScreenIT {

    @ParameterizedTest(name = "in {0} at {1} px")
    @CsvSource(delimiter = '|', value = {"en-US | 390 | Customer | Deal", "zh-CN | 390 | 客户 | 商机",
        "zh-CN | 1440 | 客户 | 商机"})
    void a_customer_a_contact_or_a_deal_is_found_and_opened_from_the_keyboard(String locale, int width,
            String customerKind, String dealKind) {
        TestServer server = TestServer.get();
        Tenant tenant = Tenants.signUp(server, "search-box");
        TacitClient admin = tenant.admin();
        String account = admin.post("accounts", Json.createObjectBuilder().add("name", "绍兴黄酒集团").build())
                .body().getString("id");
        admin.post("contacts", Json.createObjectBuilder().add("accountId", account).add("name", "黄晓明")
                .add("phone", "+86 575 8888 1234").add("decisionRole", "CHAMPION").build());
        String deal = admin.post("opportunities", Json.createObjectBuilder().add("accountId", account)
                .add("name", "黄酒 cold storage").build()).body().getString("id");
        try (BrowserContext context = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(width, 844))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            HeadlessChromium.signIn(page, server.baseUri(), tenant.workspace(), tenant.adminEmail(), Tenants.PASSWORD);
            BoundingBox logout = page.locator("#logout").boundingBox();
            BoundingBox search = page.locator("#global-search").boundingBox();
            assertTrue(logout.x + logout.width <= width && Math.abs(logout.y - search.y) < 20,
                    "log-out stays on the search box's line, on screen: " + logout.x + "," + logout.y);
            Locator box = page.locator("#global-search input");
            box.fill("黄");
            Locator hits = page.locator("vaadin-combo-box-item >> visible=true");
            assertThat(hits).hasCount(3);
            assertThat(hits.nth(0)).containsText(customerKind);
            assertThat(hits.nth(1)).containsText("黄晓明");
            assertThat(hits.nth(2)).containsText(dealKind);
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("search-" + locale
                    + "-" + width)));

            box.press("ArrowDown");
            box.press("ArrowDown");
            box.press("ArrowDown");
            box.press("Enter");
            assertThat(page).hasURL(Pattern.compile(".*/customers/" + account + "\\?deal=" + deal));
            assertThat(page.locator("#stage-target")).isVisible();

            box.fill("8888");
            assertThat(hits).hasCount(1);
            box.press("ArrowDown");
            box.press("Enter");
            assertThat(page).hasURL(Pattern.compile(".*/customers/" + account));
        }
    }
}
