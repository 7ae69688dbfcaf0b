package io.tacitcrm.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tacitcrm.it.support.Sql;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The role tree can be reshaped; access follows the new shape from the next request on. */
class RoleTreeIT {

    private final TestServer server = TestServer.get();
    private final Tenant tenant = Tenants.signUp(server, "roles");
    private final List<String> chain = Tenants.defaultRoleChain(tenant.admin());
    private final String director = chain.get(1);
    private final String manager = chain.get(2);
    private final String rep = chain.get(3);

    private String addRole(String name, String parent) {
        var reply = tenant.admin().post("roles", Json.createObjectBuilder().add("name", name).add("parentId", parent)
                .add("permissions", Json.createArrayBuilder().add("customer.create")).build());
        assertEquals(201, reply.status(), reply.body().toString());
        return reply.body().getString("id");
    }

    private int move(String role, String parent) {
        return tenant.admin().patch("roles/" + role, Json.createObjectBuilder().add("parentId", parent).build(), null)
                .status();
    }

    @Test
    void moving_a_subtree_under_a_manager_gives_that_manager_its_records_at_once() {
        String east = addRole("East", director);
        String shanghai = addRole("Shanghai", east);
        TacitClient seller = Tenants.addUser(server, tenant, "seller", shanghai);
        TacitClient boss = Tenants.addUser(server, tenant, "boss", manager);
        String account = seller.post("accounts", Json.createObjectBuilder().add("name", "Shanghai customer").build())
                .body().getString("id");
        assertEquals(404, boss.get("accounts/" + account).status(), "East hangs under the director, not the manager");

        assertEquals(204, move(east, manager));

        assertEquals(200, boss.get("accounts/" + account).status());
        Map<String, String> parents = parents();
        assertEquals(manager, parents.get(east));
        assertEquals(east, parents.get(shanghai), "the subtree moved whole");
        assertEquals(403, seller.patch("roles/" + east, Json.createObjectBuilder().add("parentId", director).build(),
                null).status());
    }

    @Test
    void a_role_cannot_move_below_itself_and_nothing_changes() {
        String before = parents().toString();

        assertEquals(422, move(director, rep));
        assertEquals(422, move(director, director));
        assertEquals(422, move(director, "00000000-0000-0000-0000-000000000000"));
        assertEquals(before, parents().toString());
    }

    @Test
    void only_an_empty_role_can_be_deleted() {
        String region = addRole("North", director);
        String city = addRole("Beijing", region);
        Tenants.addUser(server, tenant, "held", city);

        assertEquals(409, tenant.admin().delete("roles/" + region, null).status(), "has a role below");
        assertEquals(409, tenant.admin().delete("roles/" + city, null).status(), "has a user");
        String empty = addRole("Empty", director);
        assertEquals(204, tenant.admin().delete("roles/" + empty, null).status());
        assertEquals(404, tenant.admin().delete("roles/" + empty, null).status());
    }

    private Map<String, String> parents() {
        return tenant.admin().get("roles").body().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> !r.isNull("parentId"))
                .collect(Collectors.toMap(r -> r.getString("id"), r -> r.getString("parentId"), (a, b) -> a,
                        TreeMap::new));
    }

    @Test
    void a_twelve_level_tree_of_five_thousand_roles_keeps_every_permission_and_record_flowing_up()
            throws SQLException {
        String parent = rep;
        for (int level = 5; level <= 12; level++) {
            parent = addRole("Level " + level, parent);
        }
        String deepest = parent;
        try (var c = server.superuser().getConnection()) {
            // the rest of 5,000 roles at once, hanging below the deepest one, with a permission only they hold
            Sql.execute(c,
                    "insert into app_role (tenant_id, id, name, parent_id, permissions, created_at, version, path, "
                            + "depth)"
                    + " select r.tenant_id, g.id, 'Bulk ' || g.n, r.id, 'audit.read', now(), 1, r.path || g.id || "
                    + "'/', r.depth + 1"
                    + " from app_role r, (select gen_random_uuid() as id, n from generate_series(1, ?) n) g where "
                    + "r.tenant_id = ?::uuid and r.id = ?::uuid",
                    5_000 - 12, tenant.tenantId(), deepest);
        }
        assertEquals(5_000, tenant.admin().get("roles").body().getJsonArray("items").size());

        TacitClient deepRep = Tenants.addUser(server, tenant, "deep-" + System.nanoTime(), deepest);
        String account = deepRep.post("accounts", Json.createObjectBuilder().add("name", "Twelve levels down").build())
                .body().getString("id");
        TacitClient directorUser = Tenants.addUser(server, tenant, "director-" + System.nanoTime(), director);
        assertEquals(200, directorUser.get("accounts/" + account).status(), "a superior eleven levels up sees it");
        assertEquals(true, directorUser.get("me").body().getJsonArray("permissions").toString().contains("audit.read"),
                "and holds a permission granted only at the bottom of the tree");
        assertEquals(true, deepRep.get("me").body().getJsonArray("permissions").toString().contains("audit.read"),
                "the deepest named role leads the 4,988 below it");
    }
}
