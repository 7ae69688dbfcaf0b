package io.tacitcrm.it.faults;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.EmbeddedDatabase;
import io.tacitcrm.testkit.HeadlessChromium;
import io.tacitcrm.testkit.LibertyServer;
import io.tacitcrm.testkit.TacitClient;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A rep saves a new customer on a phone while the database is down: the screen says so in the rep's language and
 * stays as it was, so the rep can save again once it is back.
 */
class DatabaseOutageScreenIT {

    private static final Map<String, String> SAYS = Map.of(
            "en-US", "The database cannot be reached just now; nothing was saved.",
            "zh-CN", "暂时无法连接数据库，本次未保存任何内容。");

    private final TestServer server = TestServer.get();

    @Test
    void a_save_while_the_database_is_down_is_told_in_the_users_language_and_can_be_repeated() throws Exception {
        Path directory = Path.of("target/it-outage-screen-db").toAbsolutePath();
        LibertyServer.deleteRecursively(directory);
        int port = TestServer.freePort();
        EmbeddedDatabase database = EmbeddedDatabase.start(directory, port);
        try (LibertyServer alone = server.startAnother("tacit-outage-screen", database.settings().environment())) {
            String workspace = Tenants.uniqueWorkspace("outage");
            String email = "admin@" + workspace + ".example";
            assertEquals(201, new TacitClient(alone.baseUri()).post("signup", Tenants.signupBody(workspace, email))
                    .status());
            List<String> locales = List.copyOf(SAYS.keySet());
            List<BrowserContext> contexts = locales.stream().map(locale -> HeadlessChromium.shared().newContext(
                    new Browser.NewContextOptions().setLocale(locale).setViewportSize(390, 844))).toList();
            try {
                List<Page> pages = contexts.stream().map(BrowserContext::newPage).toList();
                for (Page page : pages) {
                    page.setDefaultTimeout(30_000);
                    HeadlessChromium.signIn(page, alone.baseUri(), workspace, email, Tenants.PASSWORD);
                    page.navigate(alone.baseUri().resolve("/customers").toString());
                    page.locator("#new-customer").click();
                    page.locator("#account-name input").fill("杭州云帆科技 " + page.hashCode());
                }

                database.close();
                for (int i = 0; i < pages.size(); i++) {
                    Page page = pages.get(i);
                    page.locator("#account-save").click();
                    assertThat(page.locator("vaadin-notification-card").first()).containsText(SAYS.get(
                            locales.get(i)));
                    assertThat(page.locator("#account-save")).isVisible();
                    page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot(
                            "database-outage-" + locales.get(i))));
                }

                database = EmbeddedDatabase.start(directory, port);
                for (Page page : pages) {
                    page.locator("#account-save").click();
                    assertThat(page.locator("#account-save")).isHidden();
                }
            } finally {
                contexts.forEach(BrowserContext::close);
            }
        } finally {
            database.close();
        }
    }
}
