package io.tacitcrm.testkit;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium ({@code tacit.chromium}, by default {@code /usr/bin/chromium}) driven by Playwright, with no
 * browser download, for browser tests; close it after the class. Needs {@code com.microsoft.playwright:playwright}
 * on the test class path (the kit does not bring it: add it when you test screens).
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync");

    /**
     * How long an assertion waits for the page to agree: Playwright's 5 s was too short on a busy two-core CI machine
     * (a password change, two PBKDF2 hashes, took longer there), so assertions wait as long as page actions do.
     */
    private static final double ASSERTION_TIMEOUT_MS = 30_000;

    private static HeadlessChromium shared;

    private final Playwright playwright;
    private final Browser browser;

    public HeadlessChromium() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("tacit.chromium", "/usr/bin/chromium")))
                .setHeadless(true).setArgs(FLAGS));
    }

    public Browser browser() {
        return browser;
    }

    /**
     * One browser for the whole test run, started on first use and closed when the JVM ends; each test opens its own
     * context (cookies, locale, viewport) in it. Tests run one after another, as Playwright wants.
     */
    public static synchronized Browser shared() {
        if (shared == null) {
            PlaywrightAssertions.setDefaultAssertionTimeout(ASSERTION_TIMEOUT_MS);
            shared = new HeadlessChromium();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "tacit-chromium-close"));
        }
        return shared.browser;
    }

    /** Where a test keeps a screenshot for people to look at: {@code target/screenshots/<name>.png}. */
    public static Path screenshot(String name) {
        return Path.of(System.getProperty("tacit.screenshots", "target/screenshots")).resolve(name + ".png");
    }

    /** Opens the login page of the server at {@code base} and signs in; returns once the home page shows. */
    public static void signIn(Page page, URI base, String workspace, String email, String password) {
        page.navigate(base.resolve("/login").toString());
        page.locator("#workspace input").fill(workspace);
        page.locator("#email input").fill(email);
        page.locator("#password input").fill(password);
        page.locator("#login-submit").click();
        page.locator("#home").waitFor();
    }

    @Override
    public void close() {
        playwright.close();
    }
}
