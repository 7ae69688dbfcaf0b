package io.tacitcrm.it.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.TacitClient.Reply;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Teams, record teams and sharing rules open records at once, and close them again at once. */
class TeamsAndRulesIT {

    private final TestServer server = TestServer.get();
    private final Tenant tenant = Tenants.signUp(server, "teams");
    private final TacitClient admin = tenant.admin();
    private final List<String> roles = Tenants.defaultRoleChain(admin);
    private final TacitClient rep = Tenants.addUser(server, tenant, "rep-" + System.nanoTime(), roles.getLast());
    private final TacitClient peer = Tenants.addUser(server, tenant, "peer-" + System.nanoTime(), roles.getLast());
    private final String peerId = peer.get("me").body().getString("id");
    private final String repId = rep.get("me").body().getString("id");

    @Test
    void a_share_with_a_team_reaches_its_members_until_they_leave_it() {
        String account = account(rep, "Team-shared customer", "华东");
        String team = created(admin.post("teams", team("Key accounts", repId, List.of(peerId))));
        assertEquals(404, peer.get("accounts/" + account).status());

        assertEquals(201, rep.post("accounts/" + account + "/shares", Json.createObjectBuilder().add("granteeType",
                "TEAM")
                .add("granteeId", team).add("access", "READ").build()).status());
        assertEquals(200, peer.get("accounts/" + account).status());
        assertTrue(explanation(account).contains("TEAM: Key accounts"), explanation(account));

        Reply current = admin.get("teams/" + team);
        assertEquals(200, admin.patch("teams/" + team, Json.createObjectBuilder().add("memberIds",
                Json.createArrayBuilder()).build(), current.header("ETag")).status());
        assertEquals(404, peer.get("accounts/" + account).status(), "leaving the team closes the record at once");
        assertEquals(412, admin.patch("teams/" + team, Json.createObjectBuilder().add("name", "Stale").build(),
                current.header("ETag")).status());
    }

    @Test
    void a_team_named_by_a_rule_cannot_be_deleted_until_the_rule_goes() {
        String team = created(admin.post("teams", team("Rule team", repId, List.of())));
        String rule = created(admin.post("sharing/rules", criteriaRule("East to team", "华南", "TEAM", team)));

        Reply refused = admin.delete("teams/" + team, null);
        assertEquals(409, refused.status());
        assertTrue(refused.body().toString().contains("East to team"));
        assertEquals(204, admin.delete("sharing/rules/" + rule, null).status());
        assertEquals(204, admin.delete("teams/" + team, null).status());
        assertEquals(404, admin.get("teams/" + team).status());
    }

    @Test
    void a_criteria_rule_opens_matching_accounts_and_follows_their_fields() {
        String east = account(rep, "East customer", "华北");
        String west = account(rep, "West customer", "西南");
        String rule = created(admin.post("sharing/rules", criteriaRule("North to peer", "华北", "USER", peerId)));

        assertEquals(200, peer.get("accounts/" + east).status());
        assertEquals(404, peer.get("accounts/" + west).status());
        assertEquals(List.of(east), ids(peer.get("accounts?limit=200")));
        assertTrue(explanation(east).contains("North to peer"), explanation(east));
        assertEquals(403, peer.patch("accounts/" + east, Json.createObjectBuilder().add("name", "x").build(), null)
                .status(), "READ only");

        assertEquals(200, rep.patch("accounts/" + east, Json.createObjectBuilder().add("region", "华中").build(),
                null)
                .status());
        assertEquals(404, peer.get("accounts/" + east).status(), "no longer matching: closed at the next request");
        assertEquals(204, admin.delete("sharing/rules/" + rule, null).status());
    }

    @Test
    void an_owner_rule_opens_every_record_owned_by_a_role_with_edit_access() {
        String account = account(rep, "Owned by the rep role", null);
        String rule = created(admin.post("sharing/rules", Json.createObjectBuilder().add("name", "Reps to reps")
                .add("object", "account")
                .add("kind", "OWNER").add("source", Json.createObjectBuilder().add("type", "ROLE").add("id",
                        roles.getLast()))
                .add("granteeType", "USER").add("granteeId", peerId).add("access", "EDIT").build()));

        assertEquals(200, peer.patch("accounts/" + account, Json.createObjectBuilder().add("industry", "物流")
                .build(),
                null).status());
        assertEquals(204, admin.delete("sharing/rules/" + rule, null).status());
        assertEquals(404, peer.get("accounts/" + account).status());
    }

    @Test
    void rules_are_checked_whole_and_only_sharing_managers_may_write_them() {
        Reply bad = admin.post("sharing/rules", Json.createObjectBuilder().add("name", "").add("object", "lead")
                .add("kind", "SOMETIMES")
                .add("granteeType", "USER").add("granteeId", "not-an-id").add("access", "ALL").build());
        assertEquals(422, bad.status());
        String fields = bad.body().toString();
        for (String field : List.of("object", "kind", "granteeId", "access")) {
            assertTrue(fields.contains("\"" + field + "\""), field + " in " + fields);
        }
        Reply unknownGrantee = admin.post("sharing/rules", criteriaRule("Ghost", "华北", "USER",
                "00000000-0000-0000-0000-000000000001"));
        assertEquals(422, unknownGrantee.status());
        assertEquals(403, rep.post("sharing/rules", criteriaRule("Mine", "华北", "USER", repId)).status());
    }

    @Test
    void a_record_team_member_works_on_the_account_with_their_team_role_shown() {
        String account = account(rep, "Sold together", null);
        Reply added = rep.post("accounts/" + account + "/team", Json.createObjectBuilder().add("userId", peerId)
                .add("teamRole", "Solution engineer").add("access", "EDIT").build());
        assertEquals(201, added.status());
        assertEquals(200, peer.patch("accounts/" + account, Json.createObjectBuilder().add("website",
                "https://example.com").build(), null).status());
        assertTrue(explanation(account).contains("Solution engineer"), explanation(account));

        assertEquals(204, rep.delete("accounts/" + account + "/team/" + added.body().getString("id"), null).status());
        assertEquals(404, peer.get("accounts/" + account).status());
        Reply bad = rep.post("accounts/" + account + "/team", Json.createObjectBuilder().add("userId", "x")
                .add("access", "OWNER").build());
        assertEquals(422, bad.status());
    }

    @Test
    void another_workspaces_team_user_or_role_cannot_be_named_to_widen_access() {
        Tenant other = Tenants.signUp(server, "teams-other");
        String foreignTeam = created(other.admin().post("teams", team("Theirs", other.adminId(), List.of())));
        String foreignRole = Tenants.defaultRoleChain(other.admin()).getLast();
        String account = account(rep, "Ours only", "华东");

        Reply share = rep.post("accounts/" + account + "/shares", Json.createObjectBuilder().add("granteeType", "TEAM")
                .add("granteeId", foreignTeam).add("access", "EDIT").build());
        assertEquals(422, share.status(), share.body().toString());
        assertEquals(422, admin.post("sharing/rules", criteriaRule("Leak", "华东", "TEAM", foreignTeam)).status());
        assertEquals(422, admin.post("sharing/rules", criteriaRule("Leak", "华东", "ROLE", foreignRole)).status());
        assertEquals(422, admin.post("teams", team("Mixed", repId, List.of(other.adminId()))).status(),
                "a foreign user as member");
        assertEquals(422, rep.post("accounts/" + account + "/team", Json.createObjectBuilder().add("userId",
                other.adminId())
                .add("teamRole", "Spy").add("access", "READ").build()).status());
        assertEquals(404, other.admin().get("accounts/" + account).status());
    }

    private static JsonObject team(String name, String leader, List<String> members) {
        var ids = Json.createArrayBuilder();
        members.forEach(ids::add);
        return Json.createObjectBuilder().add("name", name).add("leaderId", leader).add("memberIds", ids).build();
    }

    private static JsonObject criteriaRule(String name, String region, String granteeType, String grantee) {
        return Json.createObjectBuilder().add("name", name).add("object", "account").add("kind", "CRITERIA")
                .add("criteria", Json.createObjectBuilder().add("field", "region").add("values",
                        Json.createArrayBuilder().add(region)))
                .add("granteeType", granteeType).add("granteeId", grantee).add("access", "READ").build();
    }

    private static String account(TacitClient client, String name, String region) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("name", name);
        if (region != null) {
            body.add("region", region);
        }
        return created(client.post("accounts", body.build()));
    }

    private String explanation(String account) {
        return admin.get("accounts/" + account + "/access").body().toString();
    }

    private static List<String> ids(Reply reply) {
        return reply.body().getJsonArray("items").getValuesAs(JsonObject.class).stream().map(a -> a.getString("id"))
                .toList();
    }

    private static String created(Reply reply) {
        assertEquals(201, reply.status(), () -> reply.body().toString());
        return reply.body().getString("id");
    }
}
