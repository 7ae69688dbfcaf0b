package io.tacitcrm.it.crm;

import static io.tacitcrm.it.crm.Crm.created;
import static io.tacitcrm.it.crm.Crm.errorFields;
import static io.tacitcrm.it.crm.Crm.items;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The deal list narrowed by owner, by a team's members and by the dates deals are expected to close. */
class DealFiltersIT {

    private final TestServer server = TestServer.get();
    private final Tenant tenant = Tenants.signUp(server, "deal-filters");
    private final TacitClient admin = tenant.admin();
    private final List<String> roles = Tenants.defaultRoleChain(admin);
    private final TacitClient east = Tenants.addUser(server, tenant, "east-" + System.nanoTime(), roles.getLast());
    private final TacitClient west = Tenants.addUser(server, tenant, "west-" + System.nanoTime(), roles.getLast());

    @Test
    void deals_are_narrowed_by_team_owner_and_close_month_within_what_the_caller_may_see() {
        String eastId = east.get("me").body().getString("id");
        String westId = west.get("me").body().getString("id");
        String team = created(admin.post("teams", Json.createObjectBuilder().add("name", "East")
                .add("memberIds", Json.createArrayBuilder().add(eastId)).build()));
        String january = deal(east, "Jan deal", "2027-01-15");
        String february = deal(west, "Feb deal", "2027-02-03");
        deal(admin, "Undated deal", null);

        assertEquals(List.of(january), ids(admin.get("opportunities?teamId=" + team)));
        assertEquals(List.of(february), ids(admin.get("opportunities?closeFrom=2027-02-01&closeTo=2027-02-28")));
        assertEquals(List.of(february, january), ids(admin.get("opportunities?closeFrom=2027-01-01")));
        assertEquals(List.of(), ids(admin.get("opportunities?ownerId=" + westId
                + "&closeFrom=2027-01-01&closeTo=2027-01-31")), "the filters narrow together");
        assertEquals(List.of(), ids(east.get("opportunities?ownerId=" + westId)), "naming a peer opens nothing");

        Reply backwards = admin.get("opportunities?closeFrom=2027-02-01&closeTo=2027-01-31");
        assertEquals(422, backwards.status());
        assertEquals(List.of("closeTo"), errorFields(backwards));
        assertEquals(422, admin.get("opportunities?teamId=east").status());
        assertEquals(422, admin.get("opportunities?closeFrom=February").status());
    }

    private static String deal(TacitClient client, String name, String closeDate) {
        String account = Crm.account(client, name + " customer");
        var body = Json.createObjectBuilder().add("accountId", account).add("name", name);
        if (closeDate != null) {
            body.add("closeDate", closeDate);
        }
        return created(client.post("opportunities", body.build()));
    }

    private static List<String> ids(Reply reply) {
        return items(reply).stream().map(o -> o.getString("id")).toList();
    }
}
