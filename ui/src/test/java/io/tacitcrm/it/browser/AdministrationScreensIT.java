package io.tacitcrm.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.tacitcrm.testkit.HeadlessChromium;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Screens an administrator uses, as the outside walk-through tried them: a role's permissions edited in a dialog, a
 * pasted name too long for its field said next to the field (never cut silently), and unsaved changes to the sales
 * process guarded when leaving.
 */
class AdministrationScreensIT {

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {
        "en-US | export customers | At most 200 characters; this has 5,000. | Leave without saving?",
        "zh-CN | 导出客户 | 最多 200 个字符，当前 5,000 个。 | 不保存就离开？"})
    void an_administrator_grants_a_permission_is_told_a_name_is_too_long_and_is_asked_before_losing_changes(
            String locale, String exportLabel, String tooLong, String leaveTitle) {
        TestServer server = TestServer.get();
        Tenant tenant = Tenants.signUp(server, "admin-screens");
        String repRole = Tenants.defaultRoleChain(tenant.admin()).getLast();
        try (BrowserContext context = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(1280, 900))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            logIn(page, server, tenant);

            page.navigate(server.baseUri() + "settings/roles");
            page.locator("vaadin-grid-cell-content").last().click();
            page.locator("#role-permissions").click();
            // the check box's input, not its middle: a long label elsewhere widens every row of the group
            Locator export = page.locator("#role-permissions-group vaadin-checkbox").filter(new Locator.FilterOptions()
                    .setHasText(exportLabel));
            export.locator("input").check();
            assertThat(export).hasAttribute("checked", "");
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("role-permissions-"
                    + locale)));
            page.locator("#role-permissions-save").click();
            assertThat(page.locator("#role-permissions-save")).isHidden();
            assertEquals(List.of("customer.create", "customer.export"), permissionsOf(tenant, repRole));

            page.navigate(server.baseUri() + "customers");
            page.locator("#new-customer").click();
            page.locator("#account-name input").fill("A".repeat(5000));
            page.locator("#account-region input").click();
            assertThat(page.locator("#account-name")).hasAttribute("invalid", "");
            assertThat(page.locator("#account-name")).containsText(tooLong);
            assertEquals(5000, ((Number) page.locator("#account-name input").evaluate("e => e.value.length"))
                    .intValue(),
                    "nothing was cut");
            page.keyboard().press("Escape");

            // the user form: the service's refusals land on the fields it names
            page.navigate(server.baseUri() + "settings/users");
            page.locator("#user-add").click();
            page.locator("#user-name input").fill("新同事");
            page.locator("#user-email input").fill("new.colleague@example.com");
            page.locator("#user-save").click();
            assertThat(page.locator("#user-role")).hasAttribute("invalid", "");
            assertThat(page.locator("#user-save")).isVisible();
            page.keyboard().press("Escape");

            page.navigate(server.baseUri() + "settings/process");
            page.locator("#process-add").click();
            page.locator("vaadin-side-nav-item").first().click();
            assertThat(page.getByText(leaveTitle)).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("process-unsaved-"
                    + locale)));
        }
    }

    private static void logIn(Page page, TestServer server, Tenant tenant) {
        HeadlessChromium.signIn(page, server.baseUri(), tenant.workspace(), tenant.adminEmail(), Tenants.PASSWORD);
    }

    private static List<String> permissionsOf(Tenant tenant, String role) {
        return tenant.admin().get("roles").body().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("id").equals(role)).findFirst().orElseThrow()
                .getJsonArray("permissions").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
