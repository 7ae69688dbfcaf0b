package io.tacitcrm.it.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.Sql;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.LibertyServer;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A server killed ({@code SIGKILL}, no shutdown) while it moves 10,000 customers or imports 50,000 rows: each is one
 * transaction, so afterwards it happened wholly or not at all, the audit says exactly what happened, and the same
 * work succeeds on a server still standing. Neither operation has a "running" state that could be left behind: the
 * caller's request fails, and the audit has no entry for work that did not happen.
 */
class CrashDuringBulkWorkIT {

    private static final Logger LOG = Logger.getLogger(CrashDuringBulkWorkIT.class.getName());
    private static final String CSV = "text/csv";
    private static final Duration STRIKE_WAIT = Duration.ofMinutes(2);

    private final TestServer server = TestServer.get();
    private final DataSource db = server.superuser();
    private final Backends backends = new Backends(db);

    @Test
    void a_transfer_of_ten_thousand_customers_killed_mid_way_is_all_or_nothing_and_the_audit_agrees()
            throws Exception {
        Tenant tenant = Tenants.signUp(server, "crash-transfer");
        String rep = Tenants.addUser(server, tenant, "rep", Tenants.defaultRoleChain(tenant.admin()).getLast())
                .get("me").body().getString("id");
        Reply imported = tenant.admin().upload("accounts/import", CSV, accounts(10_000, "Moved"));
        assertEquals(10_000, imported.body().getInt("imported"), imported.body().toString());
        JsonObject transfer = Json.createObjectBuilder()
                .add("criteria", Json.createObjectBuilder().add("ownerIds", Json.createArrayBuilder()
                        .add(tenant.adminId())))
                .add("toUserId", rep).add("coOwnershipDays", 30).build();

        try (LibertyServer doomed = server.startAnother("tacit-crash-transfer")) {
            TacitClient api = new TacitClient(doomed.baseUri()).as(tenant.admin().bearer());
            CompletableFuture<Reply> answer = CompletableFuture.supplyAsync(() -> api.post("transfers", transfer));
            int pid = backends.awaitWriting("%update account a set owner_id%", STRIKE_WAIT);
            boolean midWay = backends.writing(pid);
            doomed.kill();
            assertThrows(ExecutionException.class, () -> answer.get(1, TimeUnit.MINUTES), "the caller is not told"
                    + " it worked");
            backends.awaitGone(pid, Duration.ofMinutes(1));
            LOG.info(() -> "transfer killed " + (midWay ? "inside its transaction" : "as it committed"));
        }

        List<Long> after = transferState(tenant, rep);
        LOG.info(() -> "after the kill: moved, left, records, audit entries, dossiers, shares " + after);
        List<Long> nothing = List.of(0L, 10_000L, 0L, 0L, 0L, 0L);
        List<Long> all = List.of(10_000L, 0L, 1L, 1L, 10_000L, 10_000L);
        assertTrue(after.equals(nothing) || after.equals(all), "moved to rep, left with admin, transfer records,"
                + " audit entries, dossiers, co-ownership shares: " + after);
        if (after.equals(nothing)) {
            Reply again = tenant.admin().post("transfers", transfer);
            assertEquals(201, again.status(), again.body().toString());
            assertEquals(10_000, again.body().getInt("accounts"));
            assertEquals(all, transferState(tenant, rep), "done once, on the server still standing");
        }
    }

    @Test
    void an_import_of_fifty_thousand_rows_killed_mid_way_is_all_or_nothing_and_the_audit_agrees() throws Exception {
        Tenant tenant = Tenants.signUp(server, "crash-import");
        byte[] file = accounts(50_000, "Imported");

        try (LibertyServer doomed = server.startAnother("tacit-crash-import")) {
            TacitClient api = new TacitClient(doomed.baseUri()).as(tenant.admin().bearer());
            CompletableFuture<Reply> answer = CompletableFuture.supplyAsync(() -> api.upload("accounts/import", CSV,
                    file));
            int pid = backends.awaitWriting("insert into account%", STRIKE_WAIT);
            TimeUnit.SECONDS.sleep(1); // let several batches of rows reach the database first
            boolean midWay = backends.writing(pid);
            doomed.kill();
            assertThrows(ExecutionException.class, () -> answer.get(1, TimeUnit.MINUTES), "the caller is not told"
                    + " it worked");
            backends.awaitGone(pid, Duration.ofMinutes(1));
            LOG.info(() -> "import killed " + (midWay ? "inside its transaction" : "as it committed"));
        }

        long accounts = Sql.count(db, "select count(*) from account where tenant_id = ?", uuid(tenant.tenantId()));
        long audited = Sql.count(db, "select count(*) from audit_entry where tenant_id = ? and action = 'IMPORT'"
                + " and summary like '50000 accounts%'", uuid(tenant.tenantId()));
        LOG.info("after the kill: " + accounts + " accounts, " + audited + " import audit entries");
        assertTrue(accounts == 0 && audited == 0 || accounts == 50_000 && audited == 1,
                "accounts " + accounts + ", import audit entries " + audited);
        assertEquals(accounts, Sql.count(db, "select count(distinct account_id) from account_search_gram"
                + " where tenant_id = ?", uuid(tenant.tenantId())), "each account findable, no search entry orphaned");
    }

    /** Moved to the rep, left with the admin, transfer records, audit entries, dossiers, co-ownership shares. */
    private List<Long> transferState(Tenant tenant, String rep) {
        UUID id = uuid(tenant.tenantId());
        return List.of(
                Sql.count(db, "select count(*) from account where tenant_id = ? and owner_id = ?", id, uuid(rep)),
                Sql.count(db, "select count(*) from account where tenant_id = ? and owner_id = ?", id,
                        uuid(tenant.adminId())),
                Sql.count(db, "select count(*) from transfer where tenant_id = ?", id),
                Sql.count(db, "select count(*) from audit_entry where tenant_id = ? and action = 'TRANSFER'", id),
                Sql.count(db, "select count(*) from transfer_dossier where tenant_id = ?", id),
                Sql.count(db, "select count(*) from record_share where tenant_id = ? and object_type = 'account'",
                        id));
    }

    private static byte[] accounts(int rows, String prefix) {
        StringBuilder csv = new StringBuilder("name,region\n");
        for (int i = 1; i <= rows; i++) {
            csv.append(prefix).append(' ').append(i).append(",East\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static UUID uuid(String id) {
        return UUID.fromString(id);
    }
}
