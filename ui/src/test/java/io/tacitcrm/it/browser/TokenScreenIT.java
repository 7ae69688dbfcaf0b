package io.tacitcrm.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.HeadlessChromium;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A user makes a personal API token on a phone-sized screen, copies the secret shown once, sees a script use it, and
 * revokes it; a nameless token is refused next to the field.
 */
class TokenScreenIT {

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {
        "en-US | Required. | Until revoked | Token revoked.",
        "zh-CN | 必填。 | 直到撤销 | 令牌已撤销。"})
    void a_token_is_made_shown_once_used_by_a_script_and_revoked(String locale, String required,
            String untilRevoked, String revoked) {
        TestServer server = TestServer.get();
        Tenant tenant = Tenants.signUp(server, "token-screen");
        try (BrowserContext context = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            HeadlessChromium.signIn(page, server.baseUri(), tenant.workspace(), tenant.adminEmail(), Tenants.PASSWORD);

            page.navigate(server.baseUri() + "settings/tokens");
            page.locator("#token-add").click();
            page.locator("#token-name input").fill("  ");
            page.locator("#token-save").click();
            assertThat(page.locator("#token-name")).hasAttribute("invalid", "");
            assertThat(page.locator("#token-name")).containsText(required);
            page.locator("#token-name input").fill("Nightly export 夜间导出");
            page.locator("#token-name input").press("Tab");
            assertThat(page.locator("#token-name")).not().hasAttribute("invalid", "");
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("token-new-"
                    + locale)));
            page.locator("#token-save").click();

            assertThat(page.locator("#token-secret")).isVisible();
            assertThat(page.locator("#token-save")).isHidden();
            String secret = (String) page.locator("#token-secret input").evaluate("e => e.value");
            assertTrue(secret.startsWith("tct_"), secret);
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("token-secret-"
                    + locale)));
            page.locator("#token-secret-close").click();
            assertThat(page.locator("#token-secret")).isHidden();
            assertThat(page.locator("#tokens-grid")).containsText("Nightly export 夜间导出");
            assertThat(page.locator("#tokens-grid")).containsText(untilRevoked);
            assertEquals(tenant.adminEmail(), server.api().as(secret).get("me").body().getString("email"));
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("tokens-"
                    + locale)));

            page.locator("#tokens-grid vaadin-button").first().click();
            page.locator("vaadin-button[slot='confirm-button']").click();
            assertThat(page.getByText(revoked)).isVisible();
            assertThat(page.getByText("Nightly export 夜间导出", new Page.GetByTextOptions().setExact(true)))
                    .isHidden();
            assertEquals(401, server.api().as(secret).get("me").status());
        }
    }
}
