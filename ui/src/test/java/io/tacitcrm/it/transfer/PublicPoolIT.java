package io.tacitcrm.it.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.Sql;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.TacitClient.Reply;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Untended customers return to the pool (off until a tenant sets the days), lose their owner, and go to the first rep
 * who claims.
 */
class PublicPoolIT {

    private final TestServer server = TestServer.get();
    private final Tenant tenant = Tenants.signUp(server, "pool");
    private final TacitClient admin = tenant.admin();
    private final List<String> roles = Tenants.defaultRoleChain(admin);
    private final TacitClient manager = Tenants.addUser(server, tenant, "manager-" + System.nanoTime(), roles.get(2));
    private final TacitClient repA = Tenants.addUser(server, tenant, "rep-a-" + System.nanoTime(), roles.getLast());
    private final TacitClient repB = Tenants.addUser(server, tenant, "rep-b-" + System.nanoTime(), roles.getLast());
    private final TacitClient repC = Tenants.addUser(server, tenant, "rep-c-" + System.nanoTime(), roles.getLast());

    @Test
    void untended_customers_return_to_the_pool_only_once_it_is_on_and_the_first_claim_wins() {
        String idle = aged(account(repA, "Forgotten Ltd"), 60);
        String tended = aged(account(repA, "Busy Ltd"), 60);
        assertEquals(201, repA.post("activities", Json.createObjectBuilder().add("type", "CALL").add("status", "DONE")
                .add("subject", "Call").add("occurredAt", Instant.now().minusSeconds(86_400).toString())
                        .add("accountId", tended).build()).status());
        assertEquals(0, admin.post("pool/sweep", Json.createObjectBuilder().build()).body().getInt("returned"),
                "the pool is off by default");

        assertEquals(200, admin.put("pool/policy", Json.createObjectBuilder().add("idleDays", 30).add("claimCap", 1)
                .build()).status());
        assertEquals(1, admin.post("pool/sweep", Json.createObjectBuilder().build()).body().getInt("returned"));

        assertEquals(404, repA.get("accounts/" + idle).status(), "the last owner no longer holds it");
        assertEquals(200, repA.get("accounts/" + tended).status());
        assertEquals(200, manager.get("accounts/" + idle).status(), "managers above the last owner still see it");
        assertEquals(List.of(idle), ids(repB.get("pool")));

        CompletableFuture<Reply> b = CompletableFuture.supplyAsync(() -> repB.post("pool/" + idle + "/claim",
                Json.createObjectBuilder().build()));
        CompletableFuture<Reply> c = CompletableFuture.supplyAsync(() -> repC.post("pool/" + idle + "/claim",
                Json.createObjectBuilder().build()));
        Set<Integer> outcomes = Set.of(b.join().status(), c.join().status());
        assertEquals(Set.of(204, 409), outcomes, "exactly one claim wins");
        TacitClient winner = b.join().status() == 204 ? repB : repC;
        assertEquals(id(winner), winner.get("accounts/" + idle).body().getString("ownerId"));
        assertEquals(List.of(), ids(repB.get("pool")));
        JsonObject audit = admin.get("audit?entityType=account&entityId=" + idle).body();
        assertTrue(audit.toString().contains("POOL_CLAIM"), audit.toString());
    }

    @Test
    void a_rep_claims_no_more_than_the_cap_and_only_sharing_managers_set_the_policy() {
        String first = aged(account(repA, "First idle"), 90);
        String second = aged(account(repA, "Second idle"), 90);
        assertEquals(403, repB.put("pool/policy", Json.createObjectBuilder().add("idleDays", 1).add("claimCap", 1)
                .build()).status());
        Reply bad = admin.put("pool/policy", Json.createObjectBuilder().add("idleDays", 0).add("claimCap", 0).build());
        assertEquals(422, bad.status());
        assertTrue(bad.body().toString().contains("idleDays") && bad.body().toString().contains("claimCap"), bad.body()
                .toString());
        assertEquals(200, admin.put("pool/policy", Json.createObjectBuilder().add("idleDays", 30).add("claimCap", 1)
                .build()).status());
        assertEquals(2, admin.post("pool/sweep", Json.createObjectBuilder().build()).body().getInt("returned"));

        assertEquals(204, repB.post("pool/" + first + "/claim", Json.createObjectBuilder().build()).status());
        Reply capped = repB.post("pool/" + second + "/claim", Json.createObjectBuilder().build());
        assertEquals(409, capped.status());
        assertTrue(capped.body().toString().contains("pool.cap-reached"), capped.body().toString());
        assertEquals(409, repC.post("pool/" + first + "/claim", Json.createObjectBuilder().build()).status(),
                "no longer pooled");
        assertEquals(409, repC.post("pool/" + UUID.randomUUID() + "/claim", Json.createObjectBuilder().build())
                .status());
        assertEquals(204, repC.post("pool/" + second + "/claim", Json.createObjectBuilder().build()).status());
    }

    private String aged(String account, int days) {
        Sql.update(server.superuser(),
                "update account set created_at = now() - make_interval(days => ?) where id = ?::uuid", days, account);
        return account;
    }

    private static String account(TacitClient client, String name) {
        Reply reply = client.post("accounts", Json.createObjectBuilder().add("name", name).build());
        assertEquals(201, reply.status(), reply.body().toString());
        return reply.body().getString("id");
    }

    private static String id(TacitClient client) {
        return client.get("me").body().getString("id");
    }

    private static List<String> ids(Reply reply) {
        return reply.body().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(a -> a.getString("id"))
                .toList();
    }
}
