package io.tacitcrm.it.faults;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FilePayload;
import io.tacitcrm.it.support.Sql;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.HeadlessChromium;
import io.tacitcrm.testkit.LibertyServer;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Work that outlives its transaction (a server whose transactions may last two seconds; the default is 120) stops at
 * its next chunk and is undone: 503 {@code transaction.timeout} with {@code Retry-After}, nothing of it saved, the
 * server serving on. An import used to write on for minutes into a transaction that could only be rolled back, and
 * then answered 500 with an incident.
 */
class LongTransactionIT {

    private final TestServer server = TestServer.get();

    @Test
    void an_import_that_outlives_its_transaction_is_stopped_undone_and_answered_503() throws Exception {
        Tenant tenant = Tenants.signUp(server, "long-tx");
        String account = tenant.admin().post("accounts", Json.createObjectBuilder().add("name", "Longwave Freight")
                .build()).body().getString("id");
        // ten thousand contacts of one customer: minutes of work (each re-derives the customer's search text)
        StringBuilder file = new StringBuilder("accountId,name,phone\n");
        for (int i = 0; i < 10_000; i++) {
            file.append(account).append(",Deckhand ").append(i).append(",+86 574 ").append(10_000 + i).append('\n');
        }
        long inserted = insertedContacts();
        try (LibertyServer brief = server.startAnother("tacit-brief-tx", Map.of("DB_TRANSACTION_TIMEOUT", "2s"))) {
            TacitClient api = new TacitClient(brief.baseUri()).as(tenant.admin().bearer());
            Reply reply = api.upload("contacts/import", "text/csv", file.toString().getBytes(StandardCharsets.UTF_8));

            assertEquals(503, reply.status(), reply.body().toString());
            assertEquals("transaction.timeout", reply.body().getString("code"));
            assertTrue(reply.raw().headers().firstValue("Retry-After").isPresent(), "when to try again");
            assertEquals(0, Sql.count(server.superuser(), "select count(*) from contact where account_id = ?::uuid",
                    account), "nothing of the import saved");
            assertEquals(200, api.get("accounts/" + account).status(), "the server serves on");
            // stopped, not run to its end and then refused at commit: PostgreSQL counts rolled-back inserts too;
            // read before the screen's import, which would add its own
            long written = insertedContacts() - inserted;
            for (int wait = 0; wait < 50 && written == 0; wait++) {
                Thread.sleep(100); // a backend reports its counts within a second of its transaction's end
                written = insertedContacts() - inserted;
            }
            assertTrue(written > 0 && written < 10_000, "contacts written before it stopped: " + written);

            importOnAPhoneInChinese(brief, tenant, file.toString());
            assertEquals(0, Sql.count(server.superuser(), "select count(*) from contact where account_id = ?::uuid",
                    account), "nothing of the screen's import saved");
        }
    }

    /** The import screen says the same in the user's language, beside the file, and the dialog stays open. */
    private static void importOnAPhoneInChinese(LibertyServer brief, Tenant tenant, String file) {
        try (BrowserContext context = HeadlessChromium.shared().newContext(new Browser.NewContextOptions()
                .setLocale("zh-CN").setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.setDefaultTimeout(90_000);
            HeadlessChromium.signIn(page, brief.baseUri(), tenant.workspace(), tenant.adminEmail(), Tenants.PASSWORD);
            page.navigate(brief.baseUri() + "customers");
            page.locator("#import-open").click();
            page.locator("#import-kind").click();
            page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("联系人")).click();
            page.locator("#import-upload input[type=file]").setInputFiles(new FilePayload("contacts.csv", "text/csv",
                    file.getBytes(StandardCharsets.UTF_8)));
            assertThat(page.locator("#import-run")).isEnabled(new LocatorAssertions.IsEnabledOptions()
                    .setTimeout(60_000)); // checked: ten thousand rows read and each customer looked up
            page.locator("#import-run").click();
            // the click's answer comes when the import has stopped: a few seconds past the two allowed
            assertThat(page.locator("#import-summary")).containsText("已全部撤销，未保存任何内容",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
            assertThat(page.locator("#import-run")).isDisabled();
            page.screenshot(new Page.ScreenshotOptions().setPath(HeadlessChromium.screenshot("import-timeout-zh-CN")));
        }
    }

    private long insertedContacts() {
        return Sql.count(server.superuser(),
                "select n_tup_ins from pg_stat_user_tables where relid = 'contact'::regclass");
    }
}
