package io.tacitcrm.it.crm;

import static io.tacitcrm.it.crm.Crm.items;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.customer.domain.SearchTerm;
import io.tacitcrm.it.support.Sql;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The customer search index follows every change of names and phones, and finds the same accounts whichever path it
 * takes.
 */
class CustomerSearchIT {

    private final TestServer server = TestServer.get();
    private final Tenant tenant = Tenants.signUp(server, "search");
    private final TacitClient admin = tenant.admin();

    @Test
    void renaming_or_deleting_a_contact_changes_which_account_it_finds() {
        String account = Crm.account(admin, "Quiet Harbour Trading");
        String contact = Crm.contact(admin, account, "诸葛孔明", "DECISION_MAKER");
        assertEquals(List.of(account), found("孔明"));

        var etag = admin.get("contacts/" + contact).header("ETag");
        assertEquals(200, admin.patch("contacts/" + contact, Json.createObjectBuilder().add("name", "司马懿")
                .build(),
                etag).status());
        assertEquals(List.of(), found("孔明"), "the old name no longer finds the account");
        assertEquals(List.of(account), found("司马"));

        assertEquals(204, admin.delete("contacts/" + contact, admin.get("contacts/" + contact).header("ETag"))
                .status());
        assertEquals(List.of(), found("司马"));
        assertEquals(List.of(account), found("harbour trad"), "the account's own name still finds it");
    }

    @Test
    void renaming_an_account_re_indexes_it_and_its_contacts_still_find_it() {
        String account = Crm.account(admin, "Northwind Ceramics");
        Crm.contact(admin, account, "Ada Lovelace", "CHAMPION");
        var etag = admin.get("accounts/" + account).header("ETag");
        assertEquals(200, admin.patch("accounts/" + account, Json.createObjectBuilder().add("name", "Southwind Glass")
                .build(), etag).status());

        assertEquals(List.of(), found("northwind"));
        assertEquals(List.of(account), found("southwind"));
        assertEquals(List.of(account), found("lovelace"));
    }

    @Test
    void wildcards_are_literal_and_short_latin_terms_are_still_found() {
        String percent = Crm.account(admin, "100% Organic Farms");
        String plain = Crm.account(admin, "1000 Organic Farms");
        assertEquals(List.of(percent), found("0% o"));
        assertEquals(Set.of(percent, plain), Set.copyOf(found("organic")));
        assertEquals(List.of(), found("_rganic"), "an underscore is not a wildcard");
        assertTrue(found("ic").containsAll(List.of(percent, plain)), "a two-letter term scans and still finds");
    }

    @Test
    void a_term_matching_thousands_of_accounts_pages_through_all_of_them_newest_first() throws SQLException {
        int many = 2_100;
        try (Connection c = server.superuser().getConnection()) {
            // Written straight into the table, as a bulk load would: the triggers index every row.
            Sql.execute(c,
                    "insert into account (tenant_id, id, name, owner_id, created_by, created_at, updated_at, version)"
                    + " select ?::uuid, gen_random_uuid(), 'Lumen Optics ' || n, ?::uuid, ?::uuid, now() - n * "
                    + "interval '1 minute', now(), 1"
                    + " from generate_series(1, ?) n", tenant.tenantId(), tenant.adminId(), tenant.adminId(), many);
        }
        List<String> names = new ArrayList<>();
        String cursor = "";
        do {
            JsonObject page = admin.get("accounts?limit=200&q=" + encode("lumen optics") + cursor).body();
            page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(a -> names.add(a.getString("name")));
            cursor = page.containsKey("nextCursor") && !page.isNull("nextCursor") ? "&cursor="
                    + encode(page.getString("nextCursor")) : "";
        } while (!cursor.isEmpty());
        assertEquals(many, names.size());
        assertEquals("Lumen Optics 1", names.getFirst());
        assertEquals(List.of("Lumen Optics 2099"), found("optics 2099").stream().map(id -> admin.get("accounts/" + id)
                .body().getString("name")).toList());
    }

    @Test
    void a_term_too_common_for_candidates_but_sparse_in_each_step_is_walked_to_the_end() throws SQLException {
        int rows = 6_000;
        try (Connection c = server.superuser().getConnection()) {
            // one account in 60 matches: fewer than a page in each step of the walk, too many to name as candidates
            Sql.execute(c,
                    "insert into account (tenant_id, id, name, owner_id, created_by, created_at, updated_at, version)"
                    + " select ?::uuid, gen_random_uuid(), case when n % 60 = 0 then 'Vega Robotics ' || n else "
                    + "'Filler ' || n end,"
                    + " ?::uuid, ?::uuid, now() - n * interval '1 second', now(), 1 from generate_series(1, ?) n",
                    tenant.tenantId(), tenant.adminId(), tenant.adminId(), rows);
        }
        List<String> names = new ArrayList<>();
        String cursor = "";
        do {
            JsonObject page = admin.get("accounts?limit=50&q=" + encode("vega robotics") + cursor).body();
            page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(a -> names.add(a.getString("name")));
            cursor = page.containsKey("nextCursor") && !page.isNull("nextCursor") ? "&cursor="
                    + encode(page.getString("nextCursor")) : "";
        } while (!cursor.isEmpty());
        assertEquals(rows / 60, names.size());
        assertEquals("Vega Robotics 60", names.getFirst());
        assertEquals("Vega Robotics " + rows, names.getLast());
    }

    @Test
    void a_rep_finds_only_their_own_matches_whether_the_terms_grams_are_common_or_rare() throws SQLException {
        TacitClient rep = newRep();
        String repId = rep.get("me").body().getString("id");
        try (Connection c = server.superuser().getConnection()) {
            // 2,100 of the administrator's: every gram of "lumen harbor" has more postings than are named as candidates
            insertAccounts(c, "'Lumen Harbor ' || n", tenant.adminId(), 2_100);
            insertAccounts(c, "'Lumen Harbor Rep ' || n", repId, 5);
            insertAccounts(c, "'Harbor Lumen Qix ' || n", repId, 2);
            insertAccounts(c, "'Harbor Lumen Qix Admin ' || n", tenant.adminId(), 2);
        }
        assertEquals(List.of("Lumen Harbor Rep 1", "Lumen Harbor Rep 2", "Lumen Harbor Rep 3", "Lumen Harbor Rep 4",
                "Lumen Harbor Rep 5"), names(rep, "lumen harbor"), "common grams: the rep's own customers walked");
        assertEquals(List.of("Harbor Lumen Qix 1", "Harbor Lumen Qix 2"), names(rep, "harbor lumen"),
                "a rare order of common grams");
        assertEquals(List.of("Harbor Lumen Qix 1", "Harbor Lumen Qix 2"), names(rep, "lumen qix"),
                "a rare gram names the candidates, the rep's visibility still applies");
        assertEquals(4, names(admin, "lumen qix").size(), "the administrator sees all four");
    }

    @Test
    void a_reps_customers_with_search_texts_too_long_for_the_index_are_found_in_order() throws SQLException {
        TacitClient rep = newRep();
        String repId = rep.get("me").body().getString("id");
        try (Connection c = server.superuser().getConnection()) {
            insertAccounts(c, "'Orchid Relay ' || n", repId, 3);
            // forty contacts of eighty characters put the middle customer's search text past the index's 2,000 bytes,
            // and the last of them holds a word found nowhere else
            Sql.execute(c, "insert into contact (tenant_id, id, account_id, name, decision_role, created_by,"
                    + " created_at, updated_at, version) select a.tenant_id, gen_random_uuid(), a.id,"
                    + " rpad('Contact ' || n, 80, '.') || case when n = 40 then ' Zephyrine' else '' end, 'USER',"
                    + " a.owner_id, now(), now(), 1 from account a, generate_series(1, 40) n"
                    + " where a.tenant_id = ?::uuid and a.name = 'Orchid Relay 2'", tenant.tenantId());
            assertTrue(Sql.count(c, "select octet_length(search_text) from account where tenant_id = ?::uuid"
                    + " and name = 'Orchid Relay 2'", tenant.tenantId()) > 2_000, "longer than the index holds");
        }
        assertEquals(List.of("Orchid Relay 1", "Orchid Relay 2", "Orchid Relay 3"), names(rep, "orchid relay"),
                "newest first, the long one between the others");
        assertEquals(List.of("Orchid Relay 2"), names(rep, "zephyrine"), "a word at the end of the long text");
    }

    private TacitClient newRep() {
        return Tenants.addUser(server, tenant, "rep-" + System.nanoTime(), Tenants.defaultRoleChain(admin).getLast());
    }

    private static void insertAccounts(Connection c, String name, String ownerId, int count) throws SQLException {
        Sql.execute(c, "insert into account"
                + " (tenant_id, id, name, owner_id, created_by, created_at, updated_at, version)"
                + " select a.tenant_id, gen_random_uuid(), " + name + ", ?::uuid, ?::uuid,"
                + " now() - n * interval '1 second', now(), 1"
                + " from app_user a, generate_series(1, ?) n where a.id = ?::uuid", ownerId, ownerId, count, ownerId);
    }

    private static List<String> names(TacitClient viewer, String term) {
        return items(viewer.get("accounts?limit=50&q=" + encode(term))).stream().map(a -> a.getString("name"))
                .toList();
    }

    /**
     * A bulk load must not read the gram table for each row it writes: a plan cached while that table was small (a
     * fresh database) would read all of it for every row, and a first import of 10,000 customers took a minute (V41).
     */
    @Test
    void writing_new_customers_never_reads_the_gram_table() throws SQLException {
        try (Connection c = server.superuser().getConnection()) {
            c.setAutoCommit(false);
            // the plan such a table gets, for every statement of this transaction
            Sql.execute(c, "set local enable_indexscan = off");
            Sql.execute(c, "set local enable_bitmapscan = off");
            Sql.execute(c,
                    "insert into account (tenant_id, id, name, owner_id, created_by, created_at, updated_at, version)"
                    + " select ?::uuid, gen_random_uuid(), 'Orbit Bakery ' || n, ?::uuid, ?::uuid, now(), now(), 1"
                    + " from generate_series(1, 20) n", tenant.tenantId(), tenant.adminId(), tenant.adminId());
            long reads = Sql.count(c, "select seq_scan from pg_stat_xact_user_tables"
                    + " where relid = 'account_search_gram'::regclass");
            long indexed = Sql.count(c, "select count(distinct account_id) from account_search_gram g"
                    + " join account a on a.tenant_id = g.tenant_id and a.id = g.account_id"
                    + " where a.tenant_id = ?::uuid and a.name like 'Orbit Bakery %'", tenant.tenantId());
            c.rollback();
            assertEquals(List.of(20L, 0L), List.of(indexed, reads), "accounts indexed, reads of the gram table");
        }
    }

    /**
     * Each contact added to a customer re-cut the grams of its whole search text, at a cost that grew with the square
     * of the text's length: 250 contacts imported into one customer ran past the transaction's two minutes and failed
     * (V42). Six hundred now land in one import and each finds the customer; after each change (contacts added in the
     * middle of the text by id order, one renamed, one removed) the gram table holds exactly the grams of the text.
     */
    @Test
    void a_customer_takes_hundreds_of_contacts_in_one_import_and_each_finds_it() throws SQLException {
        String account = Crm.account(admin, "Meridian Shipyards");
        StringBuilder file = new StringBuilder("accountId,name,phone\n");
        for (int i = 0; i < 600; i++) {
            file.append(account).append(",Crew Member ").append(i).append(i % 7 == 0 ? " 船长" : "")
                    .append(",+86 571 ").append(1000 + i).append('\n');
        }
        var imported = admin.upload("contacts/import", "text/csv", file.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(200, imported.status(), imported.body().toString());
        assertEquals(600, imported.body().getInt("imported"));

        assertEquals(List.of(account), found("crew member 599"), "the last contact");
        assertEquals(List.of(account), found("crew member 0 船长"));
        assertEquals(List.of(account), found("571 1347"), "a phone");
        try (Connection c = server.superuser().getConnection()) {
            assertTrue(exactlyIndexed(c, account), "after the import");
            // the workspace named, as the application's own statements do: on a cluster each goes to one shard
            Sql.execute(c, "update contact set name = 'Bosun Quill' where tenant_id = ?::uuid and account_id = ?::uuid"
                    + " and name = 'Crew Member 300'", tenant.tenantId(), account);
            Sql.execute(c, "delete from contact where tenant_id = ?::uuid and account_id = ?::uuid"
                    + " and name = 'Crew Member 302'", tenant.tenantId(), account);
            assertTrue(exactlyIndexed(c, account), "after a rename and a removal in the middle");
        }
        assertEquals(List.of(account), found("bosun quill"));
        assertEquals(List.of(), found("crew member 302"));
    }

    /**
     * Two transactions adding a contact to one customer at once: the second waits on the customer's row before it reads
     * the contacts (V43), so both lines land. Before, it derived the text without the first's contact while that was
     * uncommitted, and its write replaced the first's.
     */
    @Test
    void contacts_added_to_one_customer_at_the_same_time_both_find_it() throws Exception {
        String account = Crm.account(admin, "Harbourlight Tugs");
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor();
                Connection first = server.superuser().getConnection();
                Connection second = server.superuser().getConnection();
                Connection watcher = server.superuser().getConnection()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            insertContact(first, account, "Tugmaster Alder");
            Future<?> waiting = pool.submit(() -> {
                insertContact(second, account, "Tugmaster Birch");
                return null;
            });
            awaitLockWait(watcher, waiting);
            first.commit();
            waiting.get(30, TimeUnit.SECONDS);
            second.commit();
            assertTrue(exactlyIndexed(watcher, account), "both contacts in the text and its grams");
        }
        assertEquals(List.of(account), found("tugmaster alder"));
        assertEquals(List.of(account), found("tugmaster birch"));
    }

    private void insertContact(Connection c, String account, String name) throws SQLException {
        Sql.execute(c, "insert into contact (tenant_id, id, account_id, name, decision_role, created_by, created_at,"
                + " updated_at, version) select a.tenant_id, gen_random_uuid(), a.id, ?, 'USER', a.owner_id, now(),"
                + " now(), 1 from account a where a.tenant_id = ?::uuid and a.id = ?::uuid", name, tenant.tenantId(),
                account);
    }

    /** Until some statement waits for a lock (on a cluster, on a worker too) while {@code waiting} has not ended. */
    private static void awaitLockWait(Connection c, Future<?> waiting) throws SQLException, InterruptedException {
        boolean cluster = Sql.count(c, "select count(*) from pg_extension where extname = 'citus'") > 0;
        String waits = cluster ? "select count(*) from citus_lock_waits"
                : "select count(*) from pg_stat_activity where wait_event_type = 'Lock'";
        for (int i = 0; i < 200 && Sql.count(c, waits) == 0; i++) {
            assertFalse(waiting.isDone(), "the second insert ended while the first was open");
            Thread.sleep(50);
        }
        assertTrue(Sql.count(c, waits) > 0, "the second insert waits for the first");
        assertFalse(waiting.isDone(), "the second insert ended while the first was open");
    }

    /**
     * The search text is the one its contacts derive, in id order, and the gram table holds exactly its grams. Asked
     * in separate statements: on a Citus cluster a function that reads contacts cannot run inside a query of shards.
     */
    private boolean exactlyIndexed(Connection c, String account) throws SQLException {
        List<String> row = strings(c, "select search_text, name, coalesce(phone, '') from account"
                + " where tenant_id = ?::uuid and id = ?::uuid", tenant.tenantId(), account);
        String derived = strings(c, "select tacit_account_search_text(?::uuid, ?::uuid, ?, nullif(?, ''))",
                tenant.tenantId(), account, row.get(1), row.get(2)).getFirst();
        String grams = strings(c, "select array_to_string(array(select g from unnest(tacit_text_grams(?)) g"
                + " order by g), E'\\n')", row.getFirst()).getFirst();
        String indexed = strings(c, "select array_to_string(array(select gram from account_search_gram"
                + " where tenant_id = ?::uuid and account_id = ?::uuid order by gram), E'\\n')", tenant.tenantId(),
                account).getFirst();
        return row.getFirst().equals(derived) && grams.equals(indexed);
    }

    private static List<String> strings(Connection c, String sql, String... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    values.add(rs.getString(i));
                }
                return values;
            }
        }
    }

    /** V42 cuts the grams in one pass; they must be V5's, for every kind of text. */
    @Test
    void the_grams_are_those_of_the_first_definition_for_any_text() throws SQLException {
        try (Connection c = server.superuser().getConnection()) {
            c.setAutoCommit(false);
            Sql.execute(c, """
                    create function pg_temp.v5_grams(t text) returns text[] language sql immutable strict as $$
                        select coalesce(array_agg(distinct g), '{}') from (
                            select substr(s, i, 3) as g from (select lower(t) as s) x,
                                generate_series(1, length(s) - 2) i
                            union all
                            select substr(s, i, n) from (select lower(t) as s) x, generate_series(1, length(s)) i,
                                (values (1), (2)) w(n)
                            where i + n - 1 <= length(s) and substr(s, i, n) !~ '[\\x01-\\x7f]'
                        ) grams
                    $$""");
            // Latin, CJK, an emoji, control characters and mixed case, from 0 to 300 characters; the short texts
            String texts = """
                    select string_agg(chr(case when r < 0.3 then 19968 + (random() * 2000)::int
                                               when r < 0.35 then 128512 + (random() * 50)::int
                                               when r < 0.4 then 1 + (random() * 30)::int
                                               else 32 + (random() * 94)::int end), '') t
                      from (select g, random() r from generate_series(1, 400) g,
                            generate_series(1, g * 37 % 301) k) x group by g
                    union all select unnest(array['', 'a', 'ab', '王', '上海', 'A上B海C', 'ÄÖÜ straße'])""";
            long differ = Sql.count(c, "select count(*) filter (where tacit_text_grams(t)"
                    + " is distinct from pg_temp.v5_grams(t)) from (" + texts + ") x");
            long compared = Sql.count(c, "select count(*) from (" + texts + ") x");
            c.rollback();
            assertEquals(0, differ, "texts whose grams differ, of " + compared);
            assertTrue(compared > 300, "texts compared: " + compared);
        }
    }

    @Test
    void the_application_looks_up_only_grams_the_database_indexes() throws SQLException {
        List<String> texts = List.of("Summit Foods (Ningbo) Co., Ltd.", "苏州恒信电子有限公司",
                "0512-6678 2201",
                "Ünïcödé Straße", "王");
        try (Connection c = server.superuser()
                .getConnection(); PreparedStatement ps = c.prepareStatement("select tacit_text_grams(?)")) {
            for (String text : texts) {
                ps.setString(1, text);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    Array grams = rs.getArray(1);
                    Set<String> indexed = Set.of((String[]) grams.getArray());
                    for (int from = 0; from < text.length(); from++) {
                        for (int to = from + 1; to <= text.length(); to++) {
                            SearchTerm term = new SearchTerm(text.substring(from, to));
                            assertTrue(indexed.containsAll(term.grams()), "grams of '" + term.text() + "' in "
                                    + indexed);
                        }
                    }
                }
            }
        }
    }

    private List<String> found(String term) {
        return items(admin.get("accounts?q=" + encode(term))).stream().map(a -> a.getString("id")).toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
