package io.tacitcrm.sample.demo;

import io.tacitcrm.sample.demo.DealWalk.Process;
import io.tacitcrm.sample.demo.DemoOrg.Region;
import io.tacitcrm.sample.demo.DemoOrg.Rep;
import io.tacitcrm.testkit.DatabaseSettings;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The demo's whole sales force, made through the API like an administrator would: a manager role and a rep role for
 * 华北 and for 华南 beside the default tree's (which 张强's 华东 team uses), their managers and reps. Then
 * their history, written in bulk.
 */
final class DemoSalesForce {

    private static final Logger LOG = Logger.getLogger(DemoSalesForce.class.getName());
    /** The seed of the demo's history: the same seed makes the same company. */
    static final long SEED = 20_261_130L;

    private final TacitClient admin;
    private final Map<String, UUID> users = new HashMap<>();
    private final Map<String, String> managerRoles = new HashMap<>();

    private DemoSalesForce(TacitClient admin) {
        this.admin = admin;
    }

    /** Roles and users beyond the five named logins (who are in {@code sessions} already). */
    static DemoSalesForce create(TacitClient admin, List<String> chain, Map<String, TacitClient> sessions) {
        DemoSalesForce force = new DemoSalesForce(admin);
        sessions.forEach((email, client) -> force.users.put(email, UUID.fromString(client.get("me").body()
                .getString("id"))));
        Map<String, String> repRoles = new HashMap<>();
        for (Region region : DemoOrg.REGIONS) {
            if (region.key().equals(DemoOrg.EAST)) {
                force.managerRoles.put(region.key(), chain.get(2));
                repRoles.put(region.key(), chain.get(3));
                continue;
            }
            String manager = force.role(region.name() + "销售经理", chain.get(1), chain.get(2));
            force.managerRoles.put(region.key(), manager);
            repRoles.put(region.key(), force.role(region.name() + "销售代表", manager, chain.get(3)));
            force.user(region.managerEmail(), region.managerName(), manager);
        }
        for (Rep rep : DemoOrg.REPS) {
            if (!force.users.containsKey(rep.email())) {
                force.user(rep.email(), rep.name(), repRoles.get(rep.region()));
            }
        }
        return force;
    }

    int users() {
        return users.size();
    }

    DemoHistory.Summary history(DatabaseSettings database, List<JsonObject> stages) {
        List<DemoHistory.Seller> sellers = new ArrayList<>();
        for (Rep rep : DemoOrg.REPS) {
            Region region = DemoOrg.region(rep.region());
            sellers.add(new DemoHistory.Seller(users.get(rep.email()), rep.top(), region.name(),
                    users.get(region.managerEmail()), UUID.fromString(managerRoles.get(region.key()))));
        }
        UUID tenant = UUID.fromString(admin.get("me").body().getString("tenantId"));
        Properties login = new Properties();
        login.setProperty("user", database.appUser());
        login.setProperty("password", database.appPassword());
        login.setProperty("reWriteBatchedInserts", "true");
        login.setProperty("stringtype", "unspecified");
        long started = System.nanoTime();
        try (Connection app = DriverManager.getConnection(database.url(), login)) {
            DemoHistory.Summary summary = new DemoHistory(SEED, process(stages), Instant.now()).load(app, tenant,
                    sellers);
            LOG.info(() -> "Demo history written in " + (System.nanoTime() - started) / 1_000_000 + " ms");
            return summary;
        } catch (SQLException e) {
            throw new IllegalStateException("Demo history failed: " + e.getMessage(), e);
        }
    }

    /**
     * The regional managers' roles get what the default 销售经理 holds once the modules are on (the modules grant
     * their defaults to that role by name): targets, the team cockpit, the team's visit cadence.
     */
    void grantManagersLikeTheSalesManager(String salesManagerRole) {
        JsonArrayBuilder permissions = Json.createArrayBuilder();
        permissionsOf(salesManagerRole).forEach(permissions::add);
        JsonObject patch = Json.createObjectBuilder().add("permissions", permissions).build();
        managerRoles.values().stream().filter(role -> !role.equals(salesManagerRole)).forEach(role -> {
            var changed = admin.patch("roles/" + role, patch, null);
            if (changed.status() != 204) {
                throw new IllegalStateException("Demo role " + role + ": " + changed.status() + " " + changed.body());
            }
        });
    }

    private static Process process(List<JsonObject> stages) {
        List<UUID> open = new ArrayList<>();
        UUID won = null;
        UUID lost = null;
        for (JsonObject stage : stages) {
            UUID id = UUID.fromString(stage.getString("id"));
            switch (stage.getString("kind")) {
                case "WON" -> won = id;
                case "LOST" -> lost = id;
                default -> open.add(id);
            }
        }
        if (won == null || lost == null || open.size() != 4) {
            throw new IllegalStateException("The demo history walks the default process, not " + stages);
        }
        return new Process(List.copyOf(open), won, lost);
    }

    private String role(String name, String parent, String likeRole) {
        JsonArrayBuilder permissions = Json.createArrayBuilder();
        permissionsOf(likeRole).forEach(permissions::add);
        var created = admin.post("roles", Json.createObjectBuilder().add("name", name).add("parentId", parent)
                .add("permissions", permissions).build());
        return created(created, "role " + name).getString("id");
    }

    private List<String> permissionsOf(String role) {
        return admin.get("roles").body().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("id").equals(role)).findFirst().orElseThrow()
                .getJsonArray("permissions").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    private void user(String email, String name, String role) {
        var created = admin.post("users", Json.createObjectBuilder().add("email", email).add("name", name)
                .add("roleId", role).add("password", DemoTenant.PASSWORD).build());
        users.put(email, UUID.fromString(created(created, "user " + email).getString("id")));
    }

    private static JsonObject created(TacitClient.Reply reply, String what) {
        if (reply.status() != 201) {
            throw new IllegalStateException("Demo " + what + " failed: " + reply.status() + " " + reply.body());
        }
        return reply.body();
    }
}
