package io.tacitcrm.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * A user changes their password on a phone: a wrong current one is told at its field, then it changes, and the screen
 * stays signed in while the API session from before ends.
 */
class PasswordScreenIT {

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {
        "en-US | This is not your current password. | The two new passwords differ.",
        "zh-CN | 当前密码不正确。 | 两次输入的新密码不一致。"})
    void a_password_is_changed_and_this_screen_stays_signed_in(String locale, String wrong, String mismatch) {
        TestServer server = TestServer.get();
        Tenant tenant = Tenants.signUp(server, "password-screen");
        try (BrowserContext context = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            HeadlessChromium.signIn(page, server.baseUri(), tenant.workspace(), tenant.adminEmail(), Tenants.PASSWORD);

            page.navigate(server.baseUri() + "settings/password");
            page.locator("#password-current input").fill("Not-my-password-1");
            page.locator("#password-new input").fill("Fresh-secret-2027");
            page.locator("#password-repeated input").fill("Fresh-secret-2028");
            page.locator("#password-save").click();
            assertThat(page.locator("#password-repeated")).containsText(mismatch);
            page.locator("#password-repeated input").fill("Fresh-secret-2027");
            page.locator("#password-save").click();
            assertThat(page.locator("#password-current")).containsText(wrong);
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("password-wrong-"
                    + locale)));

            page.locator("#password-current input").fill(Tenants.PASSWORD);
            page.locator("#password-save").click();
            assertThat(page.locator("#password-current input")).hasValue("");
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("password-changed-"
                    + locale)));
            assertEquals(401, tenant.admin().get("me").status(), "the API session from before has ended");

            page.navigate(server.baseUri() + "customers");
            assertThat(page.locator("#new-customer")).isVisible();
        }
    }
}
