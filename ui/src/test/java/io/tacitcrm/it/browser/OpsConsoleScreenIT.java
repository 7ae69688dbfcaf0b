package io.tacitcrm.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.tacitcrm.it.support.Operators;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.ops.domain.TotpSecret;
import io.tacitcrm.testkit.HeadlessChromium;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The operators' console: a new operator sets up his second factor and signs in, finds a workspace, suspends it with
 * a reason (its administrator then sees the reason at the login page) and resumes it; exports a workspace, schedules
 * its deletion and calls it off — in both languages, also at phone width.
 */
class OpsConsoleScreenIT {

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {"en-US | Suspended | Reason: Unpaid since October",
            "zh-CN | 已暂停 | 原因：Unpaid since October"})
    void an_operator_enrols_signs_in_and_suspends_and_resumes_a_workspace(String locale, String suspended,
            String reasonShown) {
        TestServer server = TestServer.get();
        Tenant tenant = Tenants.signUp(server, "console");
        try (BrowserContext context = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(1280, 900))) {
            Page page = signedIn(context, server, locale, true);
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

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {"en-US | Done | Being deleted", "zh-CN | 已完成 | 删除中"})
    void an_operator_exports_a_workspace_then_schedules_its_deletion_and_calls_it_off(String locale, String done,
            String deleting) {
        TestServer server = TestServer.get();
        Tenant tenant = Tenants.signUp(server, "leaving");
        try (BrowserContext context = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(1280, 900).setAcceptDownloads(true))) {
            Page page = signedIn(context, server, locale, false);
            page.navigate(server.baseUri().resolve("/ops/tenants/" + tenant.tenantId()).toString());
            Download download = page.waitForDownload(() -> page.locator("#ops-export").click());
            assertTrue(download.suggestedFilename().startsWith("tacit-" + tenant.workspace() + "-"),
                    download.suggestedFilename());
            assertNull(download.failure(), "the archive downloaded whole");
            assertThat(page.locator("#ops-tenant-exports")).containsText(done);
            page.locator("#ops-delete").click();
            page.locator("#ops-delete-reason textarea").fill("Contract ended");
            assertThat(page.locator("vaadin-dialog-overlay[opening]")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("ops-delete-"
                    + locale)));
            page.locator("#ops-delete-save").click();
            assertThat(page.locator("#ops-tenant-status")).hasText(deleting);
            assertThat(page.locator("#ops-tenant-reason")).containsText("Contract ended");
            assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("ops-deleting-"
                    + locale)).setFullPage(true));
            page.locator("#ops-restore").click();
            assertThat(page.locator("#ops-tenant-status")).not().hasText(deleting);
            assertThat(page.locator("#ops-tenant-audit")).containsText("RESTORE");
            page.setViewportSize(390, 844);
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("ops-tenant-phone-"
                    + locale)).setFullPage(true));
        }
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {"en-US | Awaiting approval | waits for your provider's approval",
            "zh-CN | 待审批 | 正在等待服务提供商审批"})
    void an_operator_requires_approval_of_sign_ups_and_approves_a_waiting_workspace(String locale, String pending,
            String told) {
        TestServer server = TestServer.get();
        try (BrowserContext context = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(1280, 900))) {
            Page page = signedIn(context, server, locale, false);
            page.navigate(server.baseUri().resolve("/ops/signup").toString());
            page.locator("#ops-signup-approval input").check();
            page.locator("#ops-signup-per-day input").fill("0");
            page.locator("#ops-signup-save").click();
            assertThat(page.locator("#ops-signup-per-day")).hasAttribute("invalid", "");
            page.locator("#ops-signup-per-day input").fill("50");
            page.locator("#ops-signup-reserved textarea").fill("acme\nglobex");
            page.locator("#ops-signup-save").click();
            assertThat(page.locator("#ops-signup-per-day")).not().hasAttribute("invalid", "");
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("ops-signup-"
                    + locale)));

            String workspace = Tenants.uniqueWorkspace("approve");
            try (BrowserContext visitor = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                    .setLocale(locale).setViewportSize(390, 844))) {
                Page signup = visitor.newPage();
                signup.navigate(server.baseUri().resolve("/signup").toString());
                signup.locator("#company input").fill("Approval Test Ltd");
                signup.locator("#workspace input").fill(workspace);
                signup.locator("#adminName input").fill("Ann Admin");
                signup.locator("#adminEmail input").fill("ann@" + workspace + ".example");
                signup.locator("#password input").fill(Tenants.PASSWORD);
                signup.locator("#signup-submit").click();
                assertThat(signup.locator("#signup-pending")).containsText(told);
                signup.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot(
                        "signup-pending-phone-" + locale)).setFullPage(true));
            }
            page.navigate(server.baseUri().resolve("/ops").toString());
            page.locator("#ops-tenant-search input").fill(workspace);
            Locator row = page.locator("#ops-tenants vaadin-grid-cell-content >> text=\"" + workspace
                    + "\" >> visible=true");
            row.click();
            assertThat(page.locator("#ops-tenant-status")).hasText(pending);
            page.locator("#ops-approve").click();
            assertThat(page.locator("#ops-tenant-status")).not().hasText(pending);
            assertThat(page.locator("#ops-approve")).isHidden();
        } finally {
            Operators.configured(server).put("signup-policy", Json.createObjectBuilder()
                    .add("reservedNames", Json.createArrayBuilder()).add("approvalRequired", false).build());
        }
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {"en-US | Ready | Switched in 1 of 1 workspace.",
            "zh-CN | 就绪 | 已在 1 个工作区中的 1 个切换"})
    void an_operator_reads_the_plugin_catalog_and_switches_a_module_on_for_a_plans_workspaces(String locale,
            String ready, String outcome) {
        TestServer server = TestServer.get();
        String plan = "SCREEN_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        TacitClient operator = Operators.configured(server);
        assertEquals(201, operator.post("plans", Json.createObjectBuilder().add("code", plan).add("name", "Screen")
                .build()).status());
        Tenant tenant = Tenants.signUp(server, "catalog");
        assertEquals(200, operator.put("tenants/" + tenant.tenantId() + "/plan", Json.createObjectBuilder()
                .add("plan", plan).build()).status());
        try (BrowserContext context = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(1280, 900))) {
            Page page = signedIn(context, server, locale, false);
            page.navigate(server.baseUri().resolve("/ops/plugins").toString());
            Locator knowledge = page.locator("#ops-plugin-catalog vaadin-grid-cell-content >> text=\"knowledge\""
                    + " >> visible=true");
            knowledge.click();
            assertThat(page.locator("#ops-plugin-catalog")).containsText(ready);
            page.locator("#ops-plugin-enable").click();
            page.locator("#ops-plugin-plan-choice").click();
            page.locator("vaadin-select-item >> text=\"" + plan + "\"").click();
            page.locator("#ops-plugin-plan-save").click();
            assertThat(page.locator("vaadin-notification-card").first()).containsText(outcome);
            assertThat(page.locator("#ops-plugin-tenants")).containsText(tenant.workspace());
            assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("ops-plugins-"
                    + locale)).setFullPage(true));
            page.setViewportSize(390, 844);
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("ops-plugins-phone-"
                    + locale)).setFullPage(true));
        }
        assertEquals(200, tenant.admin().get("x/knowledge/articles").status(), "switched on for the plan");
    }

    /** A new operator, added through the API, sets up his second factor in the console and signs in. */
    private static Page signedIn(BrowserContext context, TestServer server, String locale, boolean shoot) {
        String email = "op." + UUID.randomUUID().toString().substring(0, 8) + "@ops.tacit.test";
        assertEquals(201, Operators.configured(server).post("operators", Json.createObjectBuilder()
                .add("email", email).add("name", "Console Operator").add("password", "Console-Operator-7")
                .build()).status());
        Page page = context.newPage();
        page.setDefaultTimeout(30_000);
        page.navigate(server.baseUri().resolve("/ops").toString());
        page.waitForURL("**/ops/login");
        page.locator("#ops-email input").fill(email);
        page.locator("#ops-password input").fill("Console-Operator-7");
        page.locator("#ops-enrol").click();
        String typed = page.locator("#ops-enrol-secret").innerText().replace(" ", "");
        if (shoot) {
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("ops-enrol-" + locale)));
        }
        page.locator("#ops-code input").fill(TotpSecret.fromBase32(typed).code(Instant.now()));
        page.locator("#ops-password input").fill("Console-Operator-7");
        page.locator("#ops-login-submit").click();
        page.waitForURL("**/ops");
        return page;
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
