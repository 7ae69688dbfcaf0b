package io.tacitcrm.it.plugin;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import io.tacitcrm.testkit.HeadlessChromium;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import jakarta.json.Json;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plugin screens in a real browser: a failing panel leaves the customer page working; the knowledge base renders
 * safely.
 */
class PluginScreensIT {

    @Test
    void failing_plugin_panels_leave_the_customer_page_working_and_stored_script_never_runs() {
        TestServer server = TestServer.get();
        Tenant tenant = Tenants.signUp(server, "screens");
        Tenants.switchPlugin(tenant, "knowledge", true);
        Tenants.switchPlugin(tenant, "misbehaving", true);
        String account = tenant.admin().post("accounts", Json.createObjectBuilder().add("name", "面板测试客户")
                .build())
                .body().getString("id");
        String battlecard = tenant.admin().post("x/knowledge/articles", Json.createObjectBuilder().add("title",
                "Battlecard 北区")
                .add("category", "COMPETITOR").add("body", "Why we win").build()).body().getString("id");
        tenant.admin().post("x/knowledge/articles/" + battlecard + "/publish", Json.createObjectBuilder().build());
        String base = server.baseUri().toString();
        List<String> dialogs = new ArrayList<>();
        try (BrowserContext context = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN").setViewportSize(1366, 900))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            page.onDialog(d -> {
                dialogs.add(d.message());
                d.dismiss();
            });
            HeadlessChromium.signIn(page, server.baseUri(), tenant.workspace(), tenant.adminEmail(), Tenants.PASSWORD);

            page.navigate(base + "customers/" + account);
            assertThat(page.locator("#customer-name")).hasText("面板测试客户");
            page.locator("vaadin-tab").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Failing panel")).click();
            assertThat(page.locator("#plugin-error-misbehaving")).isVisible();
            page.locator("vaadin-tab").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Hanging panel")).click();
            assertThat(page.locator("#plugin-error-misbehaving").last()).isVisible();
            page.locator("vaadin-tab").first().click();
            page.locator("#footprint-subject input").fill("插件失败后照常记录");
            page.locator("#footprint-log").click();
            assertThat(page.locator("#timeline-grid vaadin-grid-cell-content").filter(
                    new com.microsoft.playwright.Locator.FilterOptions().setHasText("插件失败后照常记录"))).hasCount(1);
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("plugin-panels")));

            // the footprint just logged is one of the places a published battlecard can be cited
            page.locator("#plugin-tab-knowledge-0").click();
            page.locator("#knowledge-cite-article input").fill("Battlecard");
            page.locator("vaadin-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Battlecard 北区")).click();
            page.locator("#knowledge-cite-target input").click();
            page.locator("vaadin-combo-box-item").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("插件失败后照常记录")).click();
            page.locator("#knowledge-cite").click();
            assertThat(page.locator("#knowledge-citations vaadin-grid-cell-content").filter(
                    new com.microsoft.playwright.Locator.FilterOptions().setHasText("Battlecard 北区"))).hasCount(1);

            page.navigate(base + "x/misbehaving/button");
            page.locator("#misbehaving-button").click();
            assertThat(page.locator("vaadin-notification-card").filter(
                    new com.microsoft.playwright.Locator.FilterOptions().setHasText("misbehaving"))).isVisible();
            assertThat(page.locator("#misbehaving-button")).isVisible();

            page.navigate(base + "x/knowledge/edit");
            page.locator("#knowledge-edit-title input").fill("<img src=x onerror=alert('title')>竞品");
            page.locator("#knowledge-edit-category input").click();
            page.locator("vaadin-combo-box-item").nth(1).click();
            page.locator("#knowledge-edit-body textarea")
                    .fill("**要点** <script>alert('body')</script> <img src=x onerror=alert('img')> "
                            + "[x](javascript:alert('link'))");
            assertThat(page.locator("#knowledge-preview strong")).hasText("要点");
            page.locator("#knowledge-save").click();
            assertThat(page.locator("#knowledge-title")).hasText("<img src=x onerror=alert('title')>竞品");
            assertThat(page.locator("#knowledge-body script")).hasCount(0);
            assertThat(page.locator("#knowledge-body img")).hasCount(0);
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("knowledge-article")));

            var knowledgeEntry = page.locator("#nav-modules vaadin-side-nav-item[path^='x/knowledge']");
            assertThat(knowledgeEntry).hasCount(1);
            Tenants.switchPlugin(tenant, "knowledge", false);
            page.navigate(base + "x/knowledge/articles");
            assertThat(page.locator("#plugin-view-not-found")).isVisible();
            assertThat(knowledgeEntry).hasCount(0);
        }
        assertEquals(List.of(), dialogs, "no stored script ran");
    }

    @Test
    void a_module_s_settings_are_a_form_that_says_next_to_the_field_what_is_wrong_and_saves_in_either_language() {
        TestServer server = TestServer.get();
        Tenant tenant = Tenants.signUp(server, "plugin-settings");
        Tenants.switchPlugin(tenant, "misbehaving", true);
        String base = server.baseUri().toString();
        for (String locale : List.of("en-US", "zh-CN")) {
            try (BrowserContext context = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                    .setLocale(locale).setViewportSize(1280, 860))) {
                Page page = context.newPage();
                page.setDefaultTimeout(30_000);
                HeadlessChromium.signIn(page, server.baseUri(), tenant.workspace(), tenant.adminEmail(),
                        Tenants.PASSWORD);
                page.navigate(base + "settings/plugins");
                page.locator("#plugin-settings-misbehaving").click();
                page.locator("#plugin-setting-threshold input").fill("400");
                page.locator("#plugin-settings-save").click();
                assertThat(page.locator("#plugin-setting-threshold")).hasAttribute("invalid", "");
                page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot(
                        "plugin-settings-" + locale)));
                page.locator("#plugin-setting-threshold input").fill(locale.startsWith("zh") ? "21" : "14");
                page.locator("#plugin-settings-save").click();
                assertThat(page.locator("#plugin-settings-save")).isHidden();
            }
        }
        assertEquals("21", tenant.admin().get("x/misbehaving/setting?key=threshold").body().getString("value"));
    }
}
