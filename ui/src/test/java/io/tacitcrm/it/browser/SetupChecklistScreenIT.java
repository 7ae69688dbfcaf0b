package io.tacitcrm.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.HeadlessChromium;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The first day of a new company: its home page leads with the setup steps, each linked, ticked as the company takes
 * it (the knowledge base named among the modules); a rep never sees them; the API says the same.
 */
class SetupChecklistScreenIT {

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {"en-US | 0 of 5 steps done | 2 of 5 steps done | knowledge base",
        "zh-CN | 已完成 0/5 步 | 已完成 2/5 步 | 知识库"})
    void a_new_company_sees_its_first_steps_ticked_as_it_takes_them(String locale, String none, String two,
            String knowledge) {
        TestServer server = TestServer.get();
        Tenant tenant = Tenants.signUp(server, "first-day");
        TacitClient admin = tenant.admin();
        assertEquals(List.of(false, false, false, false, false), done(admin));
        try (BrowserContext context = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            HeadlessChromium.signIn(page, server.baseUri(), tenant.workspace(), tenant.adminEmail(), Tenants.PASSWORD);
            assertThat(page.locator("#setup-progress")).hasText(none);
            assertThat(page.locator("#setup-modules")).containsText(knowledge);

            TacitClient rep = Tenants.addUser(server, tenant, "rep-" + System.nanoTime(),
                    Tenants.defaultRoleChain(admin).getLast());
            admin.post("accounts", Json.createObjectBuilder().add("name", "第一个客户").build());
            page.reload();
            assertThat(page.locator("#setup-progress")).hasText(two);
            assertThat(page.locator("#setup-users")).hasAttribute("data-done", "true");
            assertThat(page.locator("#setup-customers")).hasAttribute("data-done", "true");
            assertThat(page.locator("#setup-process")).hasAttribute("data-done", "false");
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("setup-checklist-"
                    + locale)).setFullPage(true));
            page.locator("#sample-load").click();
            assertThat(page.locator("#sample-remove")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("setup-samples-"
                    + locale)).setFullPage(true));
            assertEquals(7, admin.get("accounts?limit=50").body().getJsonArray("items").size());
            page.locator("#sample-remove").click();
            assertThat(page.locator("#sample-load")).isVisible();
            assertEquals(1, admin.get("accounts?limit=50").body().getJsonArray("items").size());

            page.locator("#setup-process a").click();
            assertThat(page).hasURL(Pattern.compile(".*/settings/process"));

            assertEquals(403, rep.get("setup-checklist").status(), "a rep has nothing to set up");
            assertEquals(List.of(false, true, true, false, false), done(admin));
        }
    }

    private static List<Boolean> done(TacitClient admin) {
        var reply = admin.get("setup-checklist");
        assertEquals(200, reply.status(), () -> reply.body().toString());
        assertFalse(reply.body().getBoolean("complete"));
        return reply.body().getJsonArray("steps").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getBoolean("done")).toList();
    }
}
