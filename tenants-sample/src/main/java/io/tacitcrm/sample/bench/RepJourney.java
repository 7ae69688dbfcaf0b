package io.tacitcrm.sample.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.tacitcrm.testkit.HeadlessChromium;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A rep's journey through the screens, as the UI benchmarks drive it in headless Chromium: sign in, open the
 * customers, open a customer, log a footprint there. Each step returns once its screen shows what it should.
 */
final class RepJourney {

    static final String WORKSPACE = "ui-bench";
    static final String EMAIL = "rep@ui-bench.example";

    private final BrowserContext context;
    private final Page page;
    private final URI base;

    /** A new browser context: a new session, on a phone-sized screen, in English or Chinese. */
    RepJourney(Browser browser, URI base, boolean chinese) {
        this.context = browser.newContext(new Browser.NewContextOptions()
                .setLocale(chinese ? "zh-CN" : "en-US").setViewportSize(390, 844));
        this.page = context.newPage();
        this.base = base;
        page.setDefaultTimeout(30_000);
    }

    /** A workspace with the rep and 30 customers, made through the API; the customers' ids. */
    static List<String> workspace(TacitClient api) {
        api.post("signup", Json.createObjectBuilder().add("company", "UI Bench").add("workspace", WORKSPACE)
                .add("adminName", "Rep").add("adminEmail", EMAIL).add("password", CoreCrmAtScale.PASSWORD)
                .add("locale", "en").build());
        TacitClient admin = api.login(WORKSPACE, EMAIL, CoreCrmAtScale.PASSWORD);
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            customers.add(admin.post("accounts", Json.createObjectBuilder().add("name", "客户 " + i).build()).body()
                    .getString("id"));
        }
        return customers;
    }

    void signIn() {
        HeadlessChromium.signIn(page, base, WORKSPACE, EMAIL, CoreCrmAtScale.PASSWORD);
    }

    void customers() {
        page.navigate(base.resolve("/customers").toString());
        page.locator("#customer-search").waitFor();
    }

    void customer(String id) {
        page.navigate(base.resolve("/customers/" + id).toString());
        page.locator("#footprint-subject input").waitFor();
    }

    void footprint(String subject) {
        page.locator("#footprint-subject input").fill(subject);
        page.locator("#footprint-log").click();
        page.locator("#timeline-grid").getByText(subject).first().waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.VISIBLE));
    }

    /** The tab closed: the browser tells the server, which drops the UI. */
    void close() {
        context.close();
    }

    BrowserContext context() {
        return context;
    }
}
