package io.tacitcrm.it.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Naming an owner is a transfer: only with {@code customer.transfer}, only of records at or below the caller, only to
 * the caller or someone below — on create and on patch, for customers and for deals. (The outside probe found a rep
 * with an EDIT share making himself owner, and a rep creating customers owned by his manager.)
 */
class OwnershipIT {

    private final TestServer server = TestServer.get();
    private final Tenant tenant = Tenants.signUp(server, "owners");
    private final TacitClient admin = tenant.admin();
    private final List<String> roles = Tenants.defaultRoleChain(admin);
    private final TacitClient director = Tenants.addUser(server, tenant, "director-" + System.nanoTime(), roles.get(1));
    private final TacitClient rep = Tenants.addUser(server, tenant, "rep-" + System.nanoTime(), roles.getLast());
    private final TacitClient peer = Tenants.addUser(server, tenant, "peer-" + System.nanoTime(), roles.getLast());
    private final String directorId = id(director);
    private final String repId = id(rep);
    private final String peerId = id(peer);

    @Test
    void a_rep_with_an_edit_share_cannot_make_himself_owner_and_the_owner_keeps_the_customer() {
        String account = created(rep.post("accounts", Json.createObjectBuilder().add("name",
                "Shared customer").build()));
        assertEquals(201, rep.post("accounts/" + account + "/shares", Json.createObjectBuilder().add("granteeType",
                "USER")
                .add("granteeId", peerId).add("access", "EDIT").build()).status());

        Reply takeover = peer.patch("accounts/" + account, Json.createObjectBuilder().add("ownerId", peerId).build(),
                null);

        assertEquals(403, takeover.status(), takeover.body().toString());
        assertEquals("permission.missing", takeover.body().getString("code"));
        Reply stillMine = rep.get("accounts/" + account);
        assertEquals(200, stillMine.status());
        assertEquals(repId, stillMine.body().getString("ownerId"));
        assertEquals(200, peer.patch("accounts/" + account, Json.createObjectBuilder().add("name", "Renamed by peer")
                .build(), null).status(), "an edit share still allows editing");
    }

    @Test
    void without_transfer_a_new_customer_or_deal_can_only_be_owned_by_its_creator() {
        Reply forBoss = rep.post("accounts", Json.createObjectBuilder().add("name", "For the boss")
                .add("ownerId", directorId).build());
        assertEquals(403, forBoss.status(), forBoss.body().toString());
        assertEquals("permission.missing", forBoss.body().getString("code"));

        String mine = created(rep.post("accounts", Json.createObjectBuilder().add("name", "Mine")
                .add("ownerId", repId).build()));
        Reply deal = rep.post("opportunities", Json.createObjectBuilder().add("accountId", mine).add("name", "Deal")
                .add("ownerId", directorId).build());
        assertEquals(403, deal.status(), deal.body().toString());
        assertEquals(201, rep.post("opportunities", Json.createObjectBuilder().add("accountId", mine).add("name",
                "Deal")
                .build()).status());
    }

    @Test
    void a_holder_of_transfer_hands_records_below_him_and_each_change_of_owner_is_audited_as_a_transfer() {
        String account = created(director.post("accounts", Json.createObjectBuilder().add("name", "Handed down")
                .add("ownerId", repId).build()));
        assertEquals(repId, rep.get("accounts/" + account).body().getString("ownerId"));

        Reply moved = director.patch("accounts/" + account, Json.createObjectBuilder().add("ownerId", peerId).build(),
                null);

        assertEquals(200, moved.status(), moved.body().toString());
        assertEquals(peerId, moved.body().getString("ownerId"));
        assertEquals(404, rep.get("accounts/" + account).status());
        List<JsonObject> audit = admin.get("audit?entityType=account&entityId=" + account).body()
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(audit.stream().anyMatch(e -> e.getString("action").equals("TRANSFER")
                && e.getString("summary").contains(repId) && e.getString("summary").contains(peerId)),
                        audit.toString());

        String deal = created(director.post("opportunities", Json.createObjectBuilder().add("accountId", account)
                .add("name", "Deal handed down").add("ownerId", peerId).build()));
        Reply dealMoved = director.patch("opportunities/" + deal, Json.createObjectBuilder().add("ownerId",
                repId).build(),
                null);
        assertEquals(200, dealMoved.status(), dealMoved.body().toString());
        assertEquals(repId, dealMoved.body().getString("ownerId"));
        assertTrue(admin.get("audit?entityType=opportunity&entityId=" + deal).body().getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().anyMatch(e -> e.getString("action").equals("TRANSFER")));
    }

    @Test
    void nobody_hands_a_record_upwards_to_a_stranger_or_to_someone_unknown() {
        String account = created(director.post("accounts", Json.createObjectBuilder().add("name", "Stays below")
                .add("ownerId", repId).build()));

        Reply upwards = director.patch("accounts/" + account, Json.createObjectBuilder().add("ownerId",
                tenant.adminId())
                .build(), null);
        assertEquals(403, upwards.status(), upwards.body().toString());

        Reply unknown = director.patch("accounts/" + account, Json.createObjectBuilder()
                .add("ownerId", UUID.randomUUID().toString()).build(), null);
        assertEquals(422, unknown.status(), unknown.body().toString());
        assertEquals("ownerId", unknown.body().getJsonArray("errors").getJsonObject(0).getString("field"));

        String peerDeal = created(peer.post("opportunities", Json.createObjectBuilder().add("accountId",
                created(peer.post("accounts", Json.createObjectBuilder().add("name", "Peer's").build())))
                .add("name", "Peer's deal").build()));
        Reply dealTakeover = rep.patch("opportunities/" + peerDeal, Json.createObjectBuilder().add("ownerId", repId)
                .build(), null);
        assertTrue(dealTakeover.status() == 403 || dealTakeover.status() == 404, dealTakeover.body().toString());
        assertEquals(peerId, peer.get("opportunities/" + peerDeal).body().getString("ownerId"));
        assertEquals(repId, rep.get("accounts/" + account).body().getString("ownerId"));
    }

    private static String id(TacitClient client) {
        return client.get("me").body().getString("id");
    }

    private static String created(Reply reply) {
        assertEquals(201, reply.status(), () -> reply.body().toString());
        return reply.body().getString("id");
    }
}
