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
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
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

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {"en-US | MMM yyyy", "zh-CN | yyyy年M月"})
    void the_board_narrows_to_an_owner_a_team_or_a_close_month_and_its_totals_follow(String locale, String pattern) {
        TestServer server = TestServer.get();
        Tenant tenant = Tenants.signUp(server, "pipeline-filters");
        TacitClient admin = tenant.admin();
        String repName = "rep-" + System.nanoTime();
        TacitClient rep = Tenants.addUser(server, tenant, repName, Tenants.defaultRoleChain(admin).getLast());
        String repId = rep.get("me").body().getString("id");
        admin.post("teams", Json.createObjectBuilder().add("name", "华东组").add("memberIds",
                Json.createArrayBuilder().add(repId)).build());
        YearMonth next = YearMonth.now(ZoneId.of("Asia/Shanghai")).plusMonths(1);
        deal(admin, "Admin's deal", 10_000, next.atDay(10).toString());
        deal(rep, "Rep's deal", 5_000, next.plusMonths(1).atDay(3).toString());
        try (BrowserContext context = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                .setLocale(locale).setTimezoneId("Asia/Shanghai").setViewportSize(1440, 900))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            HeadlessChromium.signIn(page, server.baseUri(), tenant.workspace(), tenant.adminEmail(), Tenants.PASSWORD);
            page.navigate(server.baseUri() + "pipeline");
            Locator cards = page.locator(".tacit-deal");
            assertThat(cards).hasCount(2);

            choose(page, "#pipeline-owner", repName);
            assertThat(cards).hasCount(1);
            assertThat(cards.first()).containsText("Rep's deal");
            assertThat(page.locator("#pipeline-total")).containsText("5,000");
            page.locator("#pipeline-owner [part~='clear-button']").click();
            choose(page, "#pipeline-team", "华东组");
            assertThat(cards).hasCount(1);
            assertThat(cards.first()).containsText("Rep's deal");
            page.locator("#pipeline-team [part~='clear-button']").click();
            assertThat(cards).hasCount(2);

            choose(page, "#pipeline-month", DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(locale))
                    .format(next));
            assertThat(cards).hasCount(1);
            assertThat(cards.first()).containsText("Admin's deal");
            assertThat(page.locator("#pipeline-total")).containsText("10,000");
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("pipeline-filtered-"
                    + locale)));
        }
    }

    private static void choose(Page page, String comboBox, String label) {
        page.locator(comboBox + " input").fill(label);
        page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setHasText(label)).first().click();
    }

    private static void deal(TacitClient client, String name, int amount, String closeDate) {
        String account = client.post("accounts", Json.createObjectBuilder().add("name", name + " customer").build())
                .body().getString("id");
        client.post("opportunities", Json.createObjectBuilder().add("accountId", account).add("name", name)
                .add("amount", amount).add("currency", "CNY").add("closeDate", closeDate).build());
    }
}
