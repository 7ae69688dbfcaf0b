package io.tacitcrm.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.HeadlessChromium;
import jakarta.json.Json;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rep's screens at 390 × 844: nothing runs off the side of the page, and what a rep needs on each reads without
 * scrolling sideways (a strip of tabs scrolls by design) — the customer list, a customer's page, the pipeline, the
 * daily report.
 */
class PhoneScreensIT {

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {"customers | en-US", "customers | zh-CN", "daily-reports | zh-CN",
        "pipeline | zh-CN", "my-day | en-US", "settings/reminders | zh-CN", "customer | zh-CN",
        "customer | en-US"})
    void a_reps_screen_fits_a_phone(String screen, String locale) {
        TestServer server = TestServer.get();
        Tenant tenant = Tenants.signUp(server, "phone");
        String account = tenant.admin().post("accounts", Json.createObjectBuilder()
                .add("name", "宁波北仑港口物流有限公司").add("region", "华东").build()).body()
                .getString("id");
        tenant.admin().post("opportunities", Json.createObjectBuilder().add("accountId", account)
                .add("name", "冷链追踪").add("amount", 120000).add("currency", "CNY").build());
        try (BrowserContext context = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            HeadlessChromium.signIn(page, server.baseUri(), tenant.workspace(), tenant.adminEmail(), Tenants.PASSWORD);
            // "customer": the page of the customer made above
            page.navigate(server.baseUri() + (screen.equals("customer") ? "customers/" + account : screen));
            assertThat(page.locator("#logout")).isInViewport();
            page.waitForTimeout(500); // the grid's columns settle after the first paint
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("phone-"
                    + screen.replace('/', '-') + "-" + locale)));
            Object overflow = page.evaluate("() => Array.from(document.querySelectorAll('body *'))"
                    + ".filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > 391"
                    + " && getComputedStyle(e).position !== 'fixed' && !e.closest('vaadin-grid')"
                    + " && !e.closest('.tacit-board') && !e.closest('vaadin-tabs'); })"
                    + ".map(e => e.tagName + '.' + e.className + '#' + e.id).slice(0, 5).join(' ')");
            assertTrue(overflow.toString().isEmpty(), screen + ": runs off the side: " + overflow);
        }
    }
}
