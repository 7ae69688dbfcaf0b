package io.tacitcrm.it.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.Sql;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Who may transfer what to whom; what moves with the customers; what the new owner finds; all or nothing, even at once.
 */
class TransferIT {

    private final TestServer server = TestServer.get();
    private final Tenant tenant = Tenants.signUp(server, "transfer");
    private final TacitClient admin = tenant.admin();
    private final List<String> roles = Tenants.defaultRoleChain(admin);
    private final TacitClient director = Tenants.addUser(server, tenant, "director-" + System.nanoTime(), roles.get(1));
    private final TacitClient manager = Tenants.addUser(server, tenant, "manager-" + System.nanoTime(), roles.get(2));
    private final TacitClient repA = Tenants.addUser(server, tenant, "rep-a-" + System.nanoTime(), roles.getLast());
    private final TacitClient repB = Tenants.addUser(server, tenant, "rep-b-" + System.nanoTime(), roles.getLast());
    private final String repAId = id(repA);
    private final String repBId = id(repB);

    @Test
    void a_director_moves_a_reps_customers_with_open_deals_and_planned_footprints_and_the_new_owner_gets_a_dossier() {
        String east1 = account(repA, "East One", "华东");
        String east2 = account(repA, "East Two", "华东");
        String north = account(repA, "North One", "华北");
        created(repA.post("contacts", Json.createObjectBuilder().add("accountId", east1).add("name", "王总")
                .add("decisionRole", "DECISION_MAKER").build()));
        String deal = created(repA.post("opportunities", Json.createObjectBuilder().add("accountId", east1).add("name",
                "Line upgrade").build()));
        created(repA.post("activities", footprint("VISIT", "DONE", east1)));
        String planned = created(repA.post("activities", footprint("CALL", "PLANNED", east1)));

        JsonObject criteria = Json.createObjectBuilder().add("ownerIds", Json.createArrayBuilder().add(repAId))
                .add("regions", Json.createArrayBuilder().add("华东")).build();
        Reply preview = director.post("transfers/preview", Json.createObjectBuilder().add("criteria", criteria)
                .add("toUserId", repBId).build());
        assertEquals(200, preview.status(), preview.body().toString());
        assertEquals(2, preview.body().getInt("count"));
        assertEquals(Set.of("East One", "East Two"), names(preview.body()));

        Reply done = director.post("transfers", Json.createObjectBuilder().add("criteria", criteria).add("toUserId",
                repBId)
                .add("include", Json.createObjectBuilder().add("openOpportunities", true).add("openActivities", true))
                .add("coOwnershipDays", 30).add("note", "Liu moves to key accounts").build());
        assertEquals(201, done.status(), done.body().toString());
        assertEquals(2, done.body().getInt("accounts"));
        assertEquals(1, done.body().getInt("opportunities"));
        assertEquals(1, done.body().getInt("activities"));

        assertEquals(repBId, repB.get("accounts/" + east1).body().getString("ownerId"));
        assertEquals(repBId, repB.get("opportunities/" + deal).body().getString("ownerId"));
        assertEquals(repBId, repB.get("activities/" + planned).body().getString("ownerId"));
        assertEquals(200, repA.get("accounts/" + east2).status(),
                "the previous owner keeps reading during co-ownership");
        assertEquals(403, repA.patch("accounts/" + east2, Json.createObjectBuilder().add("name", "x").build(), null)
                .status());
        assertEquals(repAId, repA.get("accounts/" + north).body().getString("ownerId"),
                "outside the criteria: untouched");

        Reply handover = repB.get("accounts/" + east1 + "/handover");
        assertEquals(200, handover.status(), handover.body().toString());
        JsonObject dossier = handover.body().getJsonObject("dossier").getJsonObject("content");
        assertEquals("王总", dossier.getJsonArray("contacts").getJsonObject(0).getString("name"));
        assertEquals("DECISION_MAKER", dossier.getJsonArray("contacts").getJsonObject(0).getString("decisionRole"));
        assertEquals(1, dossier.getJsonArray("lastFootprints").size());
        assertEquals(1, dossier.getJsonArray("plannedActivities").size());
        assertEquals(deal, dossier.getJsonArray("openOpportunities").getJsonObject(0).getString("id"));
        assertEquals(deal, handover.body().getJsonArray("nextStages").getJsonObject(0).getString("opportunityId"));
        assertTrue(handover.body().getJsonArray("nextStages").getJsonObject(0).getJsonArray("unmet").size() > 0,
                handover.body().toString());
        assertEquals(404, repB.get("accounts/" + north + "/handover").status());

        String transfer = done.body().getString("id");
        JsonObject detail = repB.get("transfers/" + transfer).body();
        assertEquals(2, detail.getJsonArray("dossiers").size());
        assertEquals(404, repA.get("transfers/" + transfer).status(),
                "neither the maker, the recipient nor above them");
        JsonObject audit = admin.get("audit?entityType=transfer&entityId=" + transfer).body();
        String summary = audit.getJsonArray("items").getJsonObject(0).getString("summary");
        assertTrue(summary.contains("accounts 2") && summary.contains("regions=[华东]"), summary);
    }

    @Test
    void only_holders_of_customer_transfer_over_both_the_customers_and_the_target_may_transfer() {
        String mine = account(repA, "Rep's customer", null);
        String admins = account(admin, "Admin's own customer", null);
        JsonObject toB = body(List.of(mine), repBId);

        assertEquals(403, manager.post("transfers", toB).status(), "no customer.transfer");
        assertEquals(403, repA.post("transfers/preview", toB).status());
        assertEquals(403, director.post("transfers", body(List.of(mine), tenant.adminId())).status(),
                "the target is above the director");
        assertEquals(0, director.post("transfers/preview", body(List.of(admins), repBId)).body().getInt("count"),
                "a customer owned above the director is not theirs to move");
        Reply bad = director.post("transfers", Json.createObjectBuilder().add("criteria", Json.createObjectBuilder()
                        .add("accountIds", Json.createArrayBuilder().add("nope")).add("valueTiers",
                                Json.createArrayBuilder().add("Z"))
                        .add("untouchedDays", 0))
                .add("toUserId", UUID.randomUUID().toString()).add("coOwnershipDays", 999).build());
        assertEquals(422, bad.status());
        String fields = bad.body().toString();
        for (String field : List.of("criteria.accountIds[0]", "criteria.valueTiers")) {
            assertTrue(fields.contains(field), field + " in " + fields);
        }
        Reply unknownTarget = director.post("transfers", Json.createObjectBuilder().add("criteria",
                Json.createObjectBuilder()
                .add("untouchedDays", 0)).add("toUserId", UUID.randomUUID().toString()).add("coOwnershipDays", 999)
                        .build());
        assertEquals(422, unknownTarget.status());
        for (String field : List.of("toUserId", "coOwnershipDays", "criteria.untouchedDays")) {
            assertTrue(unknownTarget.body().toString().contains(field), field + " in " + unknownTarget.body());
        }
        assertEquals(repAId, repA.get("accounts/" + mine).body().getString("ownerId"));
    }

    @Test
    void a_failure_mid_way_leaves_every_customer_deal_and_share_as_it_was() throws SQLException {
        String account = account(repA, "Fragile", null);
        String deal = created(repA.post("opportunities", Json.createObjectBuilder().add("accountId", account)
                .add("name", "Deal").build()));
        String function = "fail_dossier_" + tenant.tenantId().replace("-", "");
        try (Connection c = server.superuser().getConnection()) {
            // The dossiers are written after customers, deals and shares moved: failing there must undo all of it.
            Sql.execute(c, "create function " + function + "() returns trigger language plpgsql as $$ begin"
                    + " if new.tenant_id = '" + tenant.tenantId()
                            + "' then raise exception 'injected failure'; end if; return new; end $$");
            Sql.execute(c, "create trigger " + function
                    + " before insert on transfer_dossier for each row execute function " + function + "()");
        }
        try {
            Reply failed = director.post("transfers", body(List.of(account), repBId, 30));
            assertEquals(500, failed.status());
        } finally {
            try (Connection c = server.superuser().getConnection()) {
                Sql.execute(c, "drop trigger " + function + " on transfer_dossier");
                Sql.execute(c, "drop function " + function + "()");
            }
        }
        assertEquals(repAId, repA.get("accounts/" + account).body().getString("ownerId"));
        assertEquals(repAId, repA.get("opportunities/" + deal).body().getString("ownerId"));
        assertEquals(0, Sql.count(server.superuser(),
                "select count(*) from record_share where tenant_id = ?::uuid and cause = 'TEAM'", tenant.tenantId()));
        assertEquals(0, Sql.count(server.superuser(), "select count(*) from transfer where tenant_id = ?::uuid",
                tenant.tenantId()));
        assertEquals(201, director.post("transfers", body(List.of(account), repBId, 30)).status(),
                "and it works once the failure is gone");
    }

    @Test
    void overlapping_transfers_at_once_leave_each_customer_with_one_owner_and_each_transfer_a_true_record() {
        String repC = id(Tenants.addUser(server, tenant, "rep-c-" + System.nanoTime(), roles.getLast()));
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            accounts.add(account(repA, "Shared book " + i, null));
        }
        JsonObject allToB = Json.createObjectBuilder().add("criteria", Json.createObjectBuilder().add("ownerIds",
                Json.createArrayBuilder().add(repAId)))
                .add("toUserId", repBId).build();
        CompletableFuture<Reply> first = CompletableFuture.supplyAsync(() -> director.post("transfers", allToB));
        CompletableFuture<Reply> second = CompletableFuture.supplyAsync(() -> admin.post("transfers",
                body(accounts.subList(0, 30), repC)));
        Reply one = first.join();
        Reply two = second.join();
        assertEquals(201, one.status(), one.body().toString());
        assertEquals(201, two.status(), two.body().toString());

        Map<String, String> previousInOne = dossiers(one.body().getString("id"));
        Map<String, String> previousInTwo = dossiers(two.body().getString("id"));
        assertEquals(one.body().getInt("accounts"), previousInOne.size(), "the count recorded is what moved");
        assertEquals(two.body().getInt("accounts"), previousInTwo.size());
        for (String account : accounts) {
            String owner = admin.get("accounts/" + account).body().getString("ownerId");
            boolean inOne = previousInOne.containsKey(account);
            boolean inTwo = previousInTwo.containsKey(account);
            assertTrue(inOne || inTwo, "every customer was moved by at least one transfer");
            String expected;
            if (inOne && inTwo) {
                // the later transfer took it from the earlier one's target
                expected = previousInTwo.get(account).equals(repBId) ? repC : repBId;
                assertTrue(previousInOne.get(account).equals(repC) || previousInTwo.get(account).equals(repBId),
                        account);
            } else {
                expected = inOne ? repBId : repC;
            }
            assertEquals(expected, owner, "owner of " + account);
        }
    }

    private Map<String, String> dossiers(String transfer) {
        Map<String, String> previous = new HashMap<>();
        String cursor = "";
        do {
            JsonObject page = admin.get("transfers/" + transfer + "?limit=200" + cursor).body();
            page.getJsonArray("dossiers").getValuesAs(JsonObject.class).forEach(d
                    -> previous.put(d.getString("accountId"), d.getString("previousOwnerId")));
            cursor = page.isNull("nextCursor") ? "" : "&cursor=" + page.getString("nextCursor");
        } while (!cursor.isEmpty());
        return previous;
    }

    private static JsonObject body(List<String> accounts, String to) {
        return body(accounts, to, 0);
    }

    private static JsonObject body(List<String> accounts, String to, int coOwnershipDays) {
        JsonArrayBuilder ids = Json.createArrayBuilder();
        accounts.forEach(ids::add);
        return Json.createObjectBuilder().add("criteria", Json.createObjectBuilder().add("accountIds", ids))
                .add("toUserId", to)
                .add("coOwnershipDays", coOwnershipDays).build();
    }

    private static JsonObject footprint(String type, String status, String account) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("type", type).add("status", status).add("subject", type
                + " with the customer")
                .add("occurredAt", status.equals("DONE") ? "2026-11-20T10:00:00+08:00" : "2027-03-01T10:00:00+08:00")
                        .add("accountId", account);
        return body.build();
    }

    private static Set<String> names(JsonObject preview) {
        Set<String> names = new HashSet<>();
        preview.getJsonArray("sample").getValuesAs(JsonObject.class).forEach(s -> names.add(s.getString("name")));
        return names;
    }

    private static String account(TacitClient client, String name, String region) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("name", name);
        if (region != null) {
            body.add("region", region);
        }
        return created(client.post("accounts", body.build()));
    }

    private static String id(TacitClient client) {
        return client.get("me").body().getString("id");
    }

    private static String created(Reply reply) {
        assertEquals(201, reply.status(), () -> reply.body().toString());
        return reply.body().getString("id");
    }
}
