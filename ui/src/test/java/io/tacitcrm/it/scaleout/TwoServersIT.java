package io.tacitcrm.it.scaleout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.LibertyServer;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two servers on one database, as behind a load balancer: each keeps its own cache of access decisions, keyed by the
 * workspace's access revision, so a change made through one is in force on the other at its next request.
 */
class TwoServersIT {

    private final TestServer server = TestServer.get();

    @Test
    void a_role_moved_on_one_server_is_in_force_on_the_other_at_its_next_request() throws Exception {
        Tenant tenant = Tenants.signUp(server, "two-servers");
        List<String> roles = Tenants.defaultRoleChain(tenant.admin());
        TacitClient repOnA = Tenants.addUser(server, tenant, "rep", roles.getLast());
        TacitClient manager = Tenants.addUser(server, tenant, "manager", roles.get(2));
        String account = manager.post("accounts", Json.createObjectBuilder().add("name", "Above The Rep Ltd")
                .build()).body().getString("id");
        String rep = repOnA.get("me").body().getString("id");

        try (LibertyServer second = server.startAnother("tacit-b")) {
            TacitClient repOnB = new TacitClient(second.baseUri()).observedBy(server.contract())
                    .as(repOnA.bearer());
            assertEquals(404, repOnB.get("accounts/" + account).status(), "a rep does not see his manager's customer");
            assertEquals(404, repOnB.get("accounts/" + account).status(), "(and server B has cached that)");

            assertEquals(204, tenant.admin().patch("users/" + rep, Json.createObjectBuilder()
                    .add("roleId", roles.get(1)).build(), null).status(), "moved above the manager on server A");

            assertEquals(200, repOnB.get("accounts/" + account).status(), "server B knows at the next request");
            assertEquals(200, repOnA.get("accounts/" + account).status());
        }
    }
}
