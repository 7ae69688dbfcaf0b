package io.tacitcrm.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.tacitcrm.testkit.HeadlessChromium;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.TestServer;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A new company signs up, logs out and in again, creates its first customer and sees it in the grid. */
class SignupToCustomerJourneyIT {

    @ParameterizedTest(name = "in {0}")
    @CsvSource({"en-US, Create workspace, New customer, Customers, General Manager",
            "zh-CN, 创建工作区, 新建客户, 客户, 总经理"})
    void a_company_signs_up_logs_in_and_sees_its_new_customer_in_the_grid(String locale, String createWorkspace,
                                                                         String newCustomer, String customersTitle,
                                                                         String topRole) {
        String base = TestServer.get().baseUri().toString();
        String workspace = Tenants.uniqueWorkspace("browser");
        String email = "owner@" + workspace + ".example";
        String customer = "云帆客户 " + UUID.randomUUID().toString().substring(0, 6);
        try (BrowserContext context = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(1280, 800))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);

            page.navigate(base + "signup");
            assertThat(page.locator("#signup-submit")).hasText(createWorkspace);
            page.locator("#company input").fill("浏览器测试公司");
            page.locator("#workspace input").fill(workspace);
            page.locator("#adminName input").fill("测试管理员");
            page.locator("#adminEmail input").fill(email);
            page.locator("#password input").fill(Tenants.PASSWORD);
            page.locator("#signup-submit").click();
            assertThat(page.locator("#current-user")).containsText(workspace);

            page.locator("#logout").click();
            page.locator("#workspace input").fill(workspace);
            page.locator("#email input").fill(email);
            page.locator("#password input").fill(Tenants.PASSWORD);
            page.locator("#login-submit").click();
            assertThat(page.locator("#home-card-core-my-day")).isVisible();
            page.locator("vaadin-side-nav-item[path='customers']").click();
            assertThat(page.locator("#new-customer")).hasText(newCustomer);
            assertThat(page.locator("h2")).hasText(customersTitle);

            page.locator("#new-customer").click();
            page.locator("#account-name input").fill(customer);
            page.locator("#account-region input").fill("华东");
            page.locator("#account-save").click();
            assertThat(page.locator("#account-save")).isHidden();
            assertThat(page.locator("vaadin-grid-cell-content")
                    .filter(new Locator.FilterOptions()
                    .setHasText(customer))).hasCount(1);

            page.screenshot(new Page.ScreenshotOptions().setPath(screenshot("customers-" + locale)));

            page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions()
                    .setHasText(customer)).click();
            assertThat(page.locator("#customer-name")).hasText(customer);
            page.locator("#footprint-subject input").fill("<b>首次拜访</b>");
            page.locator("#footprint-log").click();
            assertThat(page.locator("#timeline-grid vaadin-grid-cell-content").filter(
                    new Locator.FilterOptions().setHasText("<b>首次拜访</b>"))).hasCount(1);
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshot("customer-" + locale)));

            page.locator("#customer-edit").click();
            page.locator("#account-access").click();
            assertThat(page.locator("#account-access-grid vaadin-grid-cell-content").filter(
                    new Locator.FilterOptions().setHasText("测试管理员"))).hasCount(1);
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshot("access-" + locale)));
            page.keyboard().press("Escape");

            // the form pattern: a saved name redraws the name only (the open tab stays), refusals land on fields
            page.locator("vaadin-tab").nth(3).click();
            String selectedTab = page.locator("vaadin-tab[selected]").innerText();
            page.locator("#customer-edit").click();
            page.locator("#account-name input").fill(customer + " 集团");
            page.locator("#account-save").click();
            assertThat(page.locator("#account-save")).isHidden();
            assertThat(page.locator("#customer-name")).hasText(customer + " 集团");
            assertThat(page.locator("vaadin-tab[selected]")).hasText(selectedTab);
            page.locator("vaadin-tab").nth(2).click();
            page.locator("#new-opportunity").click();
            page.locator("#opportunity-name input").fill("首单");
            page.locator("#opportunity-amount input").fill("-5");
            page.locator("#opportunity-save").click();
            assertThat(page.locator("#opportunity-amount")).hasAttribute("invalid", "");
            assertThat(page.locator("#opportunity-save")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshot("deal-refused-" + locale)));
            page.keyboard().press("Escape");

            page.navigate(base + "pipeline");
            assertThat(page.locator(".tacit-column")).hasCount(6);
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshot("pipeline-" + locale)));

            page.navigate(base + "settings/process");
            assertThat(page.locator("#process-stages")).isVisible();
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshot("process-" + locale)));

            page.navigate(base + "settings/roles");
            assertThat(page.locator("#role-tree vaadin-grid-cell-content").filter(
                    new Locator.FilterOptions().setHasText(topRole))).hasCount(1);
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshot("roles-" + locale)));

            page.navigate(base + "settings/teams");
            page.locator("#team-add").click();
            page.locator("#team-name input").fill("重点客户组");
            page.locator("#team-save").click();
            assertThat(page.locator("#teams-grid vaadin-grid-cell-content").filter(
                    new Locator.FilterOptions().setHasText("重点客户组"))).hasCount(1);

            page.navigate(base + "settings/transfer");
            page.locator("#transfer-preview").click();
            assertThat(page.locator("#transfer-target")).hasAttribute("invalid", "");
            assertThat(page.locator("#transfer-go")).isDisabled();
            page.screenshot(new Page.ScreenshotOptions().setPath(screenshot("transfer-" + locale)));

            page.navigate(base + "pool");
            assertThat(page.locator("#pool-grid")).isVisible();
        }
    }

    private static Path screenshot(String name) {
        return HeadlessChromium.screenshot(name);
    }
}
