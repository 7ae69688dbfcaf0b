package io.tacitcrm.it.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import io.tacitcrm.exchange.service.CustomerImport;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.HeadlessChromium;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A user brings customers in from a spreadsheet and takes them out again on the customers screen. The file's upload
 * and the export's download are requests of their own beside the screen's: each must run as the signed-in user (the
 * upload once ran without a workspace and failed whenever its handler did not ride on another request).
 */
class CsvExchangeScreenIT {

    private static final String SCRIPT = "<img src=x onerror=alert(1)> Looms";

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {
        "en-US | 2 rows checked, 0 with problems | 2 of 2 rows imported.",
        "zh-CN | 已检查 2 行，其中 0 行有问题 | 已导入 2 行（共 2 行）。"})
    void customers_are_imported_from_a_file_and_exported_to_one(String locale, String checked, String done)
            throws IOException {
        TestServer server = TestServer.get();
        Tenant tenant = Tenants.signUp(server, "csv-screen");
        String file = "name,phone\nAurora Weaving " + locale + ",+86 21 5555 0101\n\"" + SCRIPT + "\",\n";
        try (BrowserContext context = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                .setLocale(locale).setViewportSize(390, 844).setAcceptDownloads(true))) {
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            HeadlessChromium.signIn(page, server.baseUri(), tenant.workspace(), tenant.adminEmail(), Tenants.PASSWORD);
            page.navigate(server.baseUri() + "customers");
            page.locator("#import-open").click();
            page.locator("#import-upload input[type=file]").setInputFiles(new FilePayload("customers.csv", "text/csv",
                    file.getBytes(StandardCharsets.UTF_8)));
            assertThat(page.locator("#import-summary")).containsText(checked);
            page.locator("#import-run").click();
            assertThat(page.locator("#import-summary")).containsText(done);
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("import-done-"
                    + locale)));
            page.locator("#import-close").click();
            assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);
            assertThat(page.locator("vaadin-grid").getByText(SCRIPT)).isVisible();
            assertEquals(0, page.locator("img[src=x]").count(), "the name shown as text, not as markup");
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("customers-imported-"
                    + locale)));

            Download download = page.waitForDownload(() -> page.locator("#export-accounts").click());
            String exported = Files.readString(download.path(), StandardCharsets.UTF_8);
            assertTrue(exported.contains("Aurora Weaving " + locale), exported);
            assertTrue(exported.contains(SCRIPT), exported);
        }
        assertEquals(2, tenant.admin().get("accounts?limit=50").body().getJsonArray("items").size(),
                "both rows saved, once");
    }

    @ParameterizedTest(name = "in {0}")
    @CsvSource(delimiter = '|', value = {
        "en-US | The file is too large (at most 50 MB). | Choose a CSV file.",
        "zh-CN | 文件过大（最大 50 MB）。 | 请选择 CSV 文件。"})
    void a_file_the_import_cannot_take_is_refused_beside_the_upload_saying_why(String locale, String tooLarge,
            String notCsv) throws IOException {
        TestServer server = TestServer.get();
        Tenant tenant = Tenants.signUp(server, "csv-refused");
        Path large = Files.createTempFile("customers", ".csv");
        try (RandomAccessFile file = new RandomAccessFile(large.toFile(), "rw");
             BrowserContext context = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                     .setLocale(locale).setViewportSize(390, 844))) {
            file.setLength(CustomerImport.MAX_FILE_BYTES + 1L);
            Page page = context.newPage();
            page.setDefaultTimeout(30_000);
            HeadlessChromium.signIn(page, server.baseUri(), tenant.workspace(), tenant.adminEmail(), Tenants.PASSWORD);
            page.navigate(server.baseUri() + "customers");
            page.locator("#import-open").click();
            // the browser refuses both before sending them; before, the dialog said nothing at all
            page.locator("#import-upload input[type=file]").setInputFiles(large);
            assertThat(page.locator("#import-summary")).hasText(tooLarge);
            page.locator("#import-upload input[type=file]").setInputFiles(new FilePayload("customers.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[]{'P', 'K', 3, 4}));
            assertThat(page.locator("#import-summary")).hasText(notCsv);
            assertThat(page.locator("#import-run")).isDisabled();
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("import-refused-"
                    + locale)));
        } finally {
            Files.delete(large);
        }
    }
}
