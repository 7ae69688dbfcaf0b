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
 * The pipeline on a 1440 px screen: every column fits, open columns add up all their deals with the weighted sum, the
 * board's total says the same, and a click on a card (or a row of the list) opens the deal.
 */
class PipelineScreenIT {

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {
        "en-US | 2 deals · CNY 30,000 · weighted CNY 3,000 | Probability",
        "zh-CN | 2 个商机 · CNY 30,000 · 加权 CNY 3,000 | 赢率"})
    void every_column_fits_the_open_ones_add_up_and_a_click_opens_the_deal(String locale, String lead,
            String probability) {
        TestServer server = TestServer.get();
        Tenant tenant = Tenants.signUp(server, "pipeline-screen");
        TacitClient admin = tenant.admin();
        String account = admin.post("accounts", Json.createObjectBuilder().add("name", "嘉兴南湖纺织").build())
                .body().getString("id");
        for (int amount : new int[]{10_000, 20_000}) {
            admin.post("opportunities", Json.createObjectBuilder().add("accountId", account)
                    .add("name", "Deal " + amount).add("amount", amount).add("currency", "CNY").build());
        }
        try (BrowserContext context = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(1440, 900))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            HeadlessChromium.signIn(page, server.baseUri(), tenant.workspace(), tenant.adminEmail(), Tenants.PASSWORD);
            page.navigate(server.baseUri() + "pipeline");
            Locator columns = page.locator(".tacit-column");
            assertThat(columns).hasCount(6);
            assertThat(columns.first()).containsText(lead);
            assertThat(page.locator("#pipeline-total")).containsText(lead.substring(lead.indexOf("CNY")));
            BoundingBox last = columns.last().boundingBox();
            assertTrue(last.x + last.width <= 1440, "the Lost column ends at " + (last.x + last.width));
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("pipeline-board-"
                    + locale)));

            page.locator(".tacit-deal").filter(new Locator.FilterOptions().setHasText("Deal 20000")).click();
            assertThat(page.locator("#stage-target")).isVisible();
            assertThat(page).hasURL(Pattern.compile(".*/customers/" + account + "\\?deal=.*"));

            page.navigate(server.baseUri() + "pipeline");
            page.locator("#pipeline-mode vaadin-tab").nth(1).click();
            assertThat(page.locator("#pipeline-list")).containsText(probability);
            page.locator("#pipeline-list vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText("Deal 10000")).click();
            assertThat(page.locator("#stage-target")).isVisible();
        }
    }
}
