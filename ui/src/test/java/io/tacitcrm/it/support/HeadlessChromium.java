package io.tacitcrm.it.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/** Debian's Chromium driven by Playwright (no browser download), for the browser tests; close it after the class. */
public final class HeadlessChromium implements AutoCloseable {

    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private final Playwright playwright;
    private final Browser browser;

    public HeadlessChromium() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("tacit.chromium", "/usr/bin/chromium")))
                .setHeadless(true).setArgs(FLAGS));
    }

    public Browser browser() {
        return browser;
    }

    /** Where a test keeps a screenshot for people to look at: {@code ui/target/screenshots/<name>.png}. */
    public static Path screenshot(String name) {
        return Path.of(System.getProperty("tacit.wlp.dir", "target/liberty/wlp")).getParent().getParent()
                .resolve("screenshots").resolve(name + ".png");
    }

    @Override
    public void close() {
        playwright.close();
    }
}
