package io.tacitcrm.it.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The open-deal tally the database keeps for the pipeline figures (V15), and each customer's lifetime value it keeps
 * on the customer (V44), equal a count of the deals themselves after every kind of change the API makes: new deals,
 * stage moves (closing and reopening), amounts, currencies and close dates changed or cleared, a new owner, a bulk
 * transfer, a deleted deal, a deleted customer, a stage whose kind changes.
 */
class OpenDealTallyIT {

    private static final String TALLY = "select stage_id, owner_id, currency, close_date, deals, amount"
            + " from open_deal_tally where tenant_id = ? and deals <> 0 order by 1, 2, 3, 4";
    private static final String RECOUNT = "select stage_id, owner_id, currency, close_date, count(*),"
            + " coalesce(sum(amount), 0) from opportunity where tenant_id = ? and closed_at is null"
            + " group by 1, 2, 3, 4 order by 1, 2, 3, 4";
    private static final String WON_KEPT = "select a.id, w.key, (w.value ->> 'deals')::bigint,"
            + " (w.value ->> 'amount')::numeric from account a cross join jsonb_each(a.won_values) w"
            + " where a.tenant_id = ? order by 1, 2";
    private static final String WON_RECOUNT = "select o.account_id, o.currency::text, count(*), sum(o.amount)"
            + " from opportunity o join sales_stage s on s.tenant_id = o.tenant_id and s.id = o.stage_id"
            + " where o.tenant_id = ? and s.kind = 'WON' and o.amount is not null group by 1, 2 order by 1, 2";

    private final TestServer server = TestServer.get();

    @Test
    void the_tally_equals_a_recount_after_every_kind_of_change() throws SQLException {
        Tenant tenant = Tenants.signUp(server, "tally");
        TacitClient admin = tenant.admin();
        List<String> stages = openProcess(admin);
        String rep = newRep(tenant);
        Random random = new Random(15);
        List<String> accounts = new ArrayList<>();
        List<String> deals = new ArrayList<>();
        int mostWon = 0;
        for (int a = 0; a < 4; a++) {
            accounts.add(created(admin.post("accounts", Json.createObjectBuilder().add("name", "Tally " + a)
                    .build())));
        }
        for (int step = 0; step < 60; step++) {
            int kind = deals.isEmpty() ? 0 : random.nextInt(8);
            String deal = deals.isEmpty() ? "" : deals.get(random.nextInt(deals.size()));
            switch (kind) {
                case 0, 1 -> deals.add(created(admin.post("opportunities", Json.createObjectBuilder()
                        .add("accountId", accounts.get(random.nextInt(accounts.size()))).add("name", "Deal " + step)
                        .add("amount", 1000 * (1 + random.nextInt(50))).add("closeDate", "2027-0"
                                + (1 + random.nextInt(3)) + "-15").build())));
                case 2 -> move(admin, deal, stages.get(random.nextBoolean() ? 2 : random.nextInt(stages.size())));
                case 3 -> patch(admin, deal, Json.createObjectBuilder().add("amount", 500 * random.nextInt(40)));
                case 4 -> patch(admin, deal, random.nextBoolean()
                        ? Json.createObjectBuilder().addNull("closeDate").addNull("amount")
                        : Json.createObjectBuilder().add("closeDate", "2027-04-0" + (1 + random.nextInt(9)))
                        .add("currency", random.nextBoolean() ? "USD" : "CNY"));
                case 5 -> patch(admin, deal, Json.createObjectBuilder().add("ownerId", random.nextBoolean() ? rep
                        : tenant.adminId()));
                case 6 -> assertEquals(201, admin.post("transfers", Json.createObjectBuilder().add("criteria",
                                Json.createObjectBuilder().add("accountIds", Json.createArrayBuilder()
                                        .add(accounts.get(random.nextInt(accounts.size())))))
                        .add("toUserId", random.nextBoolean() ? rep : tenant.adminId()).build()).status());
                default -> {
                    assertEquals(204, admin.delete("opportunities/" + deal, admin.get("opportunities/" + deal)
                            .header("ETag")).status());
                    deals.remove(deal);
                }
            }
            assertEquals(rows(RECOUNT, tenant), rows(TALLY, tenant), "after step " + step + " (kind " + kind + ")");
            List<List<Object>> won = rows(WON_KEPT, tenant);
            assertEquals(rows(WON_RECOUNT, tenant), won, "lifetime values after step " + step);
            mostWon = Math.max(mostWon, won.size());
        }
        assertTrue(mostWon > 1, "the steps won deals of more than one customer or currency: " + mostWon);
        for (int d = 0; d < 2; d++) { // one deal left won and one lost, both with amounts, when the kinds swap
            patch(admin, deals.get(d), Json.createObjectBuilder().add("amount", 700 + d));
            move(admin, deals.get(d), stages.get(2 + d));
        }
        swapWonAndLost(admin);
        assertEquals(rows(WON_RECOUNT, tenant), rows(WON_KEPT, tenant), "after the won stage became the lost one");
        swapWonAndLost(admin);
        assertEquals(rows(WON_RECOUNT, tenant), rows(WON_KEPT, tenant), "after it became the won one again");
        String gone = accounts.getFirst();
        assertEquals(204, admin.delete("accounts/" + gone, admin.get("accounts/" + gone).header("ETag")).status());
        assertEquals(rows(RECOUNT, tenant), rows(TALLY, tenant), "after deleting a customer with its deals");
        assertEquals(rows(WON_RECOUNT, tenant), rows(WON_KEPT, tenant), "lifetime values after deleting a customer");
    }

    /** The process's won stage made lost and its lost stage won, both keeping their deals. */
    private static void swapWonAndLost(TacitClient admin) {
        JsonArrayBuilder swapped = Json.createArrayBuilder();
        for (JsonObject stage : admin.get("process").body().getJsonArray("stages").getValuesAs(JsonObject.class)) {
            if (!stage.getBoolean("retired", false)) {
                String kind = stage.getString("kind");
                swapped.add(Json.createObjectBuilder(stage).remove("retired").add("kind", switch (kind) {
                    case "WON" -> "LOST";
                    case "LOST" -> "WON";
                    default -> kind;
                }));
            }
        }
        TacitClient.Reply reply = admin.put("process", Json.createObjectBuilder().add("stages", swapped).build(),
                admin.get("process").header("ETag"));
        assertEquals(200, reply.status(), reply.body().toString());
    }

    /**
     * Deals of one owner, currency and close date moving between the same two stages in opposite directions at once
     * share two tally rows: each move takes both. Taken in the order of the move (the old stage's row, then the new
     * one's) two such moves deadlocked under load and one was refused; taken in one order they wait for each other.
     */
    @Test
    void opposite_stage_moves_at_the_same_time_all_succeed_and_the_tally_holds() throws Exception {
        Tenant tenant = Tenants.signUp(server, "tally-race");
        TacitClient admin = tenant.admin();
        List<String> stages = openProcess(admin);
        String account = created(admin.post("accounts", Json.createObjectBuilder().add("name", "Race").build()));
        List<String> deals = new ArrayList<>();
        for (int d = 0; d < 4; d++) {
            deals.add(created(admin.post("opportunities", Json.createObjectBuilder().add("accountId", account)
                    .add("name", "Race " + d).add("amount", 1000).add("closeDate", "2027-03-15").build())));
            move(admin, deals.getLast(), stages.get(d % 2));
        }
        ExecutorService movers = Executors.newFixedThreadPool(deals.size());
        try {
            List<Future<List<Integer>>> moved = new ArrayList<>();
            for (int d = 0; d < deals.size(); d++) {
                String deal = deals.get(d);
                int first = d % 2;
                moved.add(movers.submit(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 1; i <= MOVES; i++) {
                        statuses.add(admin.post("opportunities/" + deal + "/stage", Json.createObjectBuilder()
                                .add("stageId", stages.get((first + i) % 2)).build()).status());
                    }
                    return statuses;
                }));
            }
            for (Future<List<Integer>> statuses : moved) {
                assertEquals(Collections.nCopies(MOVES, 200), statuses.get(2, TimeUnit.MINUTES));
            }
        } finally {
            movers.shutdownNow();
        }
        assertEquals(rows(RECOUNT, tenant), rows(TALLY, tenant));
    }

    private static final int MOVES = 60;

    /**
     * A bulk transfer carries many open deals to a new owner in one transaction, each taking its old and new key's
     * tally rows in the order the deals happen to be read. At the same time the old owner's other deals (same close
     * date, the same two stages) move back and forth, and so do some of the deals being carried: no transfer and no
     * move may be refused as a deadlock ({@code conflict.concurrent}; before the fix one transfer in twelve was). A
     * carried deal's move may find the deal changed by the transfer since it read it (409 {@code *.stale}, the
     * lost-update check), the others must all succeed; the tally must equal a recount afterwards.
     */
    @Test
    void a_bulk_transfer_and_stage_moves_of_the_same_owner_at_the_same_time_all_succeed() throws Exception {
        Tenant tenant = Tenants.signUp(server, "tally-transfer");
        TacitClient admin = tenant.admin();
        List<String> stages = openProcess(admin);
        String rep = newRep(tenant);
        List<Customer> customers = customersWithDeals(admin, "Carried", 24, 3, stages);
        JsonArrayBuilder moving = Json.createArrayBuilder();
        List<String> staying = new ArrayList<>();
        List<String> carried = new ArrayList<>();
        for (int a = 0; a < customers.size(); a++) {
            Customer customer = customers.get(a);
            if (a < 20) {
                moving.add(customer.id());
                if (a % 5 == 0) {
                    carried.add(customer.deals().getFirst());
                }
            } else {
                staying.addAll(customer.deals());
            }
        }
        JsonObject criteria = Json.createObjectBuilder().add("accountIds", moving).build();
        List<String> racing = new ArrayList<>(staying);
        racing.addAll(carried);
        ExecutorService workers = Executors.newFixedThreadPool(racing.size() + 1);
        try {
            Future<List<Integer>> transfers = transfersBackAndForth(workers, admin, criteria, rep, tenant.adminId());
            List<Future<List<String>>> moved = new ArrayList<>();
            for (int d = 0; d < racing.size(); d++) {
                moved.add(movesBetween(workers, admin, racing.get(d), stages.get((d + 1) % 2), stages.get(d % 2),
                        MOVES / 2));
            }
            assertEquals(Collections.nCopies(TRANSFERS, 201), transfers.get(2, TimeUnit.MINUTES));
            for (int d = 0; d < racing.size(); d++) {
                List<String> outcomes = moved.get(d).get(2, TimeUnit.MINUTES);
                if (d < staying.size()) {
                    assertEquals(Collections.nCopies(MOVES / 2, "200"), outcomes, "a deal the transfer left alone");
                } else {
                    assertMovedOrStale(outcomes, "a carried deal");
                }
            }
        } finally {
            workers.shutdownNow();
        }
        assertEquals(rows(RECOUNT, tenant), rows(TALLY, tenant));
    }

    /**
     * Winning a deal changes its customer's row (its lifetime value, V44) after the deal's; a bulk transfer takes the
     * customers first, then their deals. Deals won and reopened while their customers are transferred back and forth
     * must neither deadlock ({@code conflict.concurrent}) nor lose an amount: deals of one customer won at once each
     * add theirs.
     */
    @Test
    void deals_won_and_reopened_while_their_customers_are_transferred_all_succeed_and_the_values_hold()
            throws Exception {
        Tenant tenant = Tenants.signUp(server, "won-transfer");
        TacitClient admin = tenant.admin();
        List<String> stages = openProcess(admin);
        String rep = newRep(tenant);
        List<Customer> customers = customersWithDeals(admin, "Winning", 6, 3, stages);
        JsonArrayBuilder moving = Json.createArrayBuilder();
        customers.forEach(c -> moving.add(c.id()));
        JsonObject criteria = Json.createObjectBuilder().add("accountIds", moving).build();
        List<String> deals = customers.stream().flatMap(c -> c.deals().stream()).toList();
        ExecutorService workers = Executors.newFixedThreadPool(deals.size() + 1);
        try {
            Future<List<Integer>> transfers = transfersBackAndForth(workers, admin, criteria, rep, tenant.adminId());
            List<Future<List<String>>> moved = new ArrayList<>();
            for (String deal : deals) {
                moved.add(movesBetween(workers, admin, deal, stages.get(2), stages.get(0), MOVES / 2));
            }
            assertEquals(Collections.nCopies(TRANSFERS, 201), transfers.get(2, TimeUnit.MINUTES));
            for (Future<List<String>> deal : moved) {
                assertMovedOrStale(deal.get(2, TimeUnit.MINUTES), "a carried deal");
            }
        } finally {
            workers.shutdownNow();
        }
        assertEquals(rows(WON_RECOUNT, tenant), rows(WON_KEPT, tenant));
        assertEquals(rows(RECOUNT, tenant), rows(TALLY, tenant));
    }

    /**
     * Deleting a contact clears it from the deals that name it (V34) and refreshes its customer's search text (V43);
     * a deal being won locks its customer, then the deal (V44). Contacts named on deals are deleted one after another
     * while those deals are won and reopened: no deletion and no move may be refused as a deadlock, and the lifetime
     * values must equal a recount afterwards.
     */
    @Test
    void contacts_named_on_deals_deleted_while_the_deals_are_won_and_reopened_all_succeed() throws Exception {
        Tenant tenant = Tenants.signUp(server, "won-contacts");
        TacitClient admin = tenant.admin();
        List<String> stages = openProcess(admin);
        List<Customer> customers = customersWithDeals(admin, "Named", 4, 2, stages);
        ExecutorService workers = Executors.newFixedThreadPool(16);
        try {
            List<Future<List<Integer>>> deleted = new ArrayList<>();
            List<Future<List<String>>> moved = new ArrayList<>();
            for (Customer customer : customers) {
                for (String deal : customer.deals()) {
                    deleted.add(workers.submit(() -> {
                        List<Integer> statuses = new ArrayList<>();
                        for (int i = 0; i < MOVES / 4; i++) {
                            String contact = created(admin.post("contacts", Json.createObjectBuilder()
                                    .add("accountId", customer.id()).add("name", "Named " + i).build()));
                            nameOn(admin, deal, contact);
                            statuses.add(admin.delete("contacts/" + contact, null).status());
                        }
                        return statuses;
                    }));
                    moved.add(movesBetween(workers, admin, deal, stages.get(2), stages.get(0), MOVES * 2));
                }
            }
            for (Future<List<Integer>> statuses : deleted) {
                assertEquals(Collections.nCopies(MOVES / 4, 204), statuses.get(2, TimeUnit.MINUTES));
            }
            for (Future<List<String>> deal : moved) {
                assertMovedOrStale(deal.get(2, TimeUnit.MINUTES), "a named deal");
            }
        } finally {
            workers.shutdownNow();
        }
        assertEquals(rows(WON_RECOUNT, tenant), rows(WON_KEPT, tenant));
    }

    /** Names the contact as the deal's primary one, trying again while moves change the deal under it. */
    /**
     * Each move of a deal that a concurrent writer also changed was either done (200) or refused because the deal had
     * changed since the move read it (409 {@code *.stale}); never a deadlock ({@code conflict.concurrent}) or a 5xx.
     */
    private static void assertMovedOrStale(List<String> outcomes, String what) {
        assertTrue(outcomes.stream().allMatch(o -> o.equals("200") || o.startsWith("409 ") && o.endsWith(".stale")),
                () -> what + ": " + outcomes);
    }

    private static void nameOn(TacitClient admin, String deal, String contact) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1); // the deal's moves end well before
        while (System.nanoTime() < deadline) {
            TacitClient.Reply named = admin.patch("opportunities/" + deal, Json.createObjectBuilder()
                    .add("primaryContactId", contact).build(), admin.get("opportunities/" + deal).header("ETag"));
            if (named.status() == 200) {
                return;
            }
            assertEquals("opportunity.stale", named.body().getString("code"), named.body().toString()); // 412, 409
        }
        throw new AssertionError("the deal kept changing for a minute: its contact could not be named");
    }

    @Test
    void customers_deleted_with_their_deals_while_the_same_owners_deals_move_all_succeed() throws Exception {
        Tenant tenant = Tenants.signUp(server, "tally-delete");
        TacitClient admin = tenant.admin();
        List<String> stages = openProcess(admin);
        List<Customer> customers = customersWithDeals(admin, "Doomed", 16, 4, stages);
        List<String> doomed = customers.subList(0, 12).stream().map(Customer::id).toList();
        List<String> staying = customers.subList(12, 16).stream().flatMap(c -> c.deals().stream()).toList();
        ExecutorService workers = Executors.newFixedThreadPool(staying.size() + 1);
        try {
            Future<List<Integer>> deletes = workers.submit(() -> doomed.stream()
                    .map(account -> admin.delete("accounts/" + account, null).status()).toList());
            List<Future<List<Integer>>> moved = new ArrayList<>();
            for (int d = 0; d < staying.size(); d++) {
                String deal = staying.get(d);
                int first = d % 2;
                moved.add(workers.submit(() -> {
                    List<Integer> statuses = new ArrayList<>();
                    for (int i = 1; i <= MOVES / 2; i++) {
                        statuses.add(admin.post("opportunities/" + deal + "/stage", Json.createObjectBuilder()
                                .add("stageId", stages.get((first + i) % 2)).build()).status());
                    }
                    return statuses;
                }));
            }
            assertEquals(Collections.nCopies(doomed.size(), 204), deletes.get(2, TimeUnit.MINUTES));
            for (Future<List<Integer>> deal : moved) {
                assertEquals(Collections.nCopies(MOVES / 2, 200), deal.get(2, TimeUnit.MINUTES));
            }
        } finally {
            workers.shutdownNow();
        }
        assertEquals(rows(RECOUNT, tenant), rows(TALLY, tenant));
    }

    /** {@link #TRANSFERS} bulk transfers of the customers, to the rep and back, one after another: the statuses. */
    private static Future<List<Integer>> transfersBackAndForth(ExecutorService workers, TacitClient admin,
            JsonObject criteria, String rep, String adminId) {
        return workers.submit(() -> {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < TRANSFERS; i++) {
                statuses.add(admin.post("transfers", Json.createObjectBuilder().add("criteria", criteria)
                        .add("toUserId", i % 2 == 0 ? rep : adminId).build()).status());
            }
            return statuses;
        });
    }

    /** A deal moved {@code times} times, into {@code first}, {@code second}, {@code first}...: each outcome. */
    private static Future<List<String>> movesBetween(ExecutorService workers, TacitClient admin, String deal,
            String first, String second, int times) {
        return workers.submit(() -> {
            List<String> outcomes = new ArrayList<>();
            for (int i = 1; i <= times; i++) {
                TacitClient.Reply reply = admin.post("opportunities/" + deal + "/stage", Json.createObjectBuilder()
                        .add("stageId", i % 2 == 1 ? first : second).build());
                outcomes.add(reply.status() == 200 ? "200" : reply.status() + " " + reply.body().getString("code", ""));
            }
            return outcomes;
        });
    }

    private record Customer(String id, List<String> deals) {
    }

    /**
     * Customers with open deals of the same amount and close date, each customer's deals alternating between the two
     * open stages, in both orders across customers: whatever takes their tally rows deal by deal meets the two keys
     * in either order.
     */
    private static List<Customer> customersWithDeals(TacitClient admin, String name, int customers, int deals,
            List<String> stages) {
        List<Customer> made = new ArrayList<>();
        for (int a = 0; a < customers; a++) {
            String account = created(admin.post("accounts", Json.createObjectBuilder().add("name", name + " " + a)
                    .build()));
            List<String> ids = new ArrayList<>();
            for (int d = 0; d < deals; d++) {
                String deal = created(admin.post("opportunities", Json.createObjectBuilder().add("accountId", account)
                        .add("name", name + " " + a + "-" + d).add("amount", 1000).add("closeDate", "2027-03-15")
                        .build()));
                move(admin, deal, stages.get((a + d) % 2));
                ids.add(deal);
            }
            made.add(new Customer(account, ids));
        }
        return made;
    }

    private static final int TRANSFERS = 12;

    /**
     * Two open stages, a won and a lost one, without requirements nor close reasons: any move is allowed, closing and
     * reopening.
     */
    private static List<String> openProcess(TacitClient admin) {
        JsonArrayBuilder stages = Json.createArrayBuilder();
        String[][] process = {{"Open A", "OPEN", "20"}, {"Open B", "OPEN", "60"}, {"Won", "WON", "100"},
                {"Lost", "LOST", "0"}};
        for (int i = 0; i < process.length; i++) {
            stages.add(Json.createObjectBuilder().add("name", process[i][0]).add("order", i + 1)
                    .add("probability", Integer.parseInt(process[i][2])).add("kind", process[i][1]));
        }
        TacitClient.Reply reply = admin.put("process", Json.createObjectBuilder().add("stages", stages).build());
        assertEquals(200, reply.status(), reply.body().toString());
        assertEquals(200, admin.put("process/close-reasons", Json.createObjectBuilder().add("reasons",
                Json.createArrayBuilder()).build()).status());
        return reply.body().getJsonArray("stages").getValuesAs(JsonObject.class).stream()
                .filter(s -> !s.getBoolean("retired", false)).map(s -> s.getString("id")).toList();
    }

    /** A sales rep of the workspace (the lowest role), by id. */
    private String newRep(Tenant tenant) {
        return Tenants.addUser(server, tenant, "rep-" + System.nanoTime(),
                Tenants.defaultRoleChain(tenant.admin()).getLast()).get("me").body().getString("id");
    }

    private static void move(TacitClient admin, String deal, String stage) {
        TacitClient.Reply moved = admin.post("opportunities/" + deal + "/stage", Json.createObjectBuilder()
                .add("stageId", stage).build());
        assertEquals(200, moved.status(), moved.body().toString());
    }

    private static void patch(TacitClient admin, String deal, JsonObjectBuilder change) {
        TacitClient.Reply patched = admin.patch("opportunities/" + deal, change.build(),
                admin.get("opportunities/" + deal).header("ETag"));
        assertEquals(200, patched.status(), patched.body().toString());
    }

    private static String created(TacitClient.Reply reply) {
        assertEquals(201, reply.status(), reply.body().toString());
        return reply.body().getString("id");
    }

    private List<List<Object>> rows(String sql, Tenant tenant) throws SQLException {
        try (Connection c = server.superuser().getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setObject(1, UUID.fromString(tenant.tenantId()));
            List<List<Object>> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        Object value = rs.getObject(i);
                        row.add(switch (value) {
                            case BigDecimal amount -> amount.stripTrailingZeros();
                            case Integer count -> count.longValue();
                            case null, default -> value;
                        });
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }
}
