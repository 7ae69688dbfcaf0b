package io.tacitcrm.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.tacitcrm.it.support.Operators;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.ops.domain.TotpSecret;
import io.tacitcrm.testkit.HeadlessChromium;
import jakarta.json.Json;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The operators' console: a new operator sets up his second factor and signs in, finds a workspace, suspends it with
 * a reason (its administrator then sees the reason at the login page) and resumes it — in both languages, the list
 * also at phone width.
 */
class OpsConsoleScreenIT {

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {"en-US | Suspended | Reason: Unpaid since October",
            "zh-CN | 已暂停 | 原因：Unpaid since October"})
    void an_operator_enrols_signs_in_and_suspends_and_resumes_a_workspace(String locale, String suspended,
            String reasonShown) {
        TestServer server = TestServer.get();
        Tenant tenant = Tenants.signUp(server, "console");
        String email = "op." + UUID.randomUUID().toString().substring(0, 8) + "@ops.tacit.test";
        assertEquals(201, Operators.configured(server).post("operators", Json.createObjectBuilder()
                .add("email", email).add("name", "Console Operator").add("password", "Console-Operator-7")
                .build()).status());
        try (BrowserContext context = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(1280, 900))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.navigate(server.baseUri().resolve("/ops").toString());
            page.waitForURL("**/ops/login");
            page.locator("#ops-email input").fill(email);
            page.locator("#ops-password input").fill("Console-Operator-7");
            page.locator("#ops-enrol").click();
            String typed = page.locator("#ops-enrol-secret").innerText().replace(" ", "");
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("ops-enrol-" + locale)));
            page.locator("#ops-code input").fill(TotpSecret.fromBase32(typed).code(Instant.now()));
            page.locator("#ops-password input").fill("Console-Operator-7");
            page.locator("#ops-login-submit").click();
            page.waitForURL("**/ops");

            page.locator("#ops-tenant-search input").fill(tenant.workspace());
            assertThat(workspaceCell(page, tenant))
                    .hasCount(1);
            page.waitForTimeout(1000); // the search applies after a pause in typing; the shot shows its result
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("ops-tenants-" + locale)));
            workspaceCell(page, tenant).click();
            page.waitForURL("**/ops/tenants/" + tenant.tenantId());
            page.locator("#ops-suspend").click();
            page.locator("#ops-suspend-reason textarea").fill("Unpaid since October");
            assertThat(page.locator("vaadin-dialog-overlay[opening]")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("ops-suspend-"
                    + locale)));
            page.locator("#ops-suspend-save").click();
            assertThat(page.locator("#ops-tenant-status")).hasText(suspended);
            assertThat(page.locator("#ops-tenant-reason")).containsText("Unpaid since October");
            assertThat(page.locator("#ops-tenant-audit")).containsText("SUSPEND");
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("ops-tenant-"
                    + locale)).setFullPage(true));

            try (BrowserContext user = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                    .setLocale(locale))) {
                Page login = user.newPage();
                login.navigate(server.baseUri().resolve("/login").toString());
                login.locator("#workspace input").fill(tenant.workspace());
                login.locator("#email input").fill(tenant.adminEmail());
                login.locator("#password input").fill(Tenants.PASSWORD);
                login.locator("#login-submit").click();
                assertThat(login.locator("#login-error")).containsText(reasonShown);
            }

            page.locator("#ops-resume").click();
            assertThat(page.locator("#ops-tenant-status")).not().hasText(suspended);
            page.locator("#ops-measure").click();
            assertThat(page.locator("#ops-tenant-records")).containsText("public.app_user");
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("ops-tenant-measured-"
                    + locale)).setFullPage(true));

            page.setViewportSize(390, 844);
            page.navigate(server.baseUri().resolve("/ops").toString());
            page.locator("#ops-tenant-search input").fill(tenant.workspace());
            assertThat(workspaceCell(page, tenant))
                    .hasCount(1);
            page.waitForTimeout(1000);
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("ops-tenants-phone-"
                    + locale)));
        }
    }

    /**
     * The workspace's name in the grid, exactly (the company's name contains it too), in a row on screen: the grid
     * keeps the rows it scrolled away, hidden, for reuse.
     */
    private static Locator workspaceCell(Page page, Tenant tenant) {
        return page.locator("#ops-tenants vaadin-grid-cell-content >> text=\"" + tenant.workspace()
                + "\" >> visible=true");
    }
}
