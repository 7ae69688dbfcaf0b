package io.tacitcrm.it.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.logging.Logger;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For random role trees, users, teams, accounts, shares (to users, teams, roles), record teams, sharing rules (by owner
 * and by region) and org-wide defaults: for every (user, account) pair, what the API lets each user list (plainly or
 * through search), read, edit, share, and what it says about "who can see this", equals the oracle's answer.
 *
 * <p>Scenarios come from seeded generators of our own ({@link ScenarioGenerator}). Each run draws a new base seed and
 * names every scenario's seed in its test name and in each assertion; {@code -Dtacit.access.seed=<seed>} replays one
 * scenario exactly, {@code -Dtacit.access.tries=<n>} runs more.
 */
class RecordAccessPropertyIT {

    private static final Logger LOG = Logger.getLogger(RecordAccessPropertyIT.class.getName());
    private static final int DEFAULT_ROLES = 4;
    private static final List<String> REGIONS = List.of("华东", "华南");

    @TestFactory
    Stream<DynamicTest> list_get_edit_share_and_explanations_agree_with_an_independent_oracle() {
        String replay = System.getProperty("tacit.access.seed");
        long base = new SplittableRandom().nextLong();
        LongStream seeds = replay != null ? LongStream.of(Long.parseLong(replay))
                : new SplittableRandom(base).longs(Integer.getInteger("tacit.access.tries", 40));
        LOG.info(() -> replay != null ? "Replaying access scenario seed " + replay
                : "Access scenarios from base seed " + base + " (replay one with -Dtacit.access.seed=<its seed>)");
        return seeds.mapToObj(seed -> DynamicTest.dynamicTest("scenario with seed " + seed,
                () -> agreesWithTheOracle(seed, new ScenarioGenerator(seed).next())));
    }

    private static void agreesWithTheOracle(long seed, Scenario generated) {
        String scenario = "seed " + seed + " (-Dtacit.access.seed=" + seed + "): " + generated;
        World world = World.build(TestServer.get(), generated);
        for (int user = 0; user < world.users.size(); user++) {
            TacitClient client = world.users.get(user);
            // half the scenarios list through the search path (every account's name contains "account")
            boolean search = generated.userRoles().size() % 2 == 0;
            List<String> listed = pageThrough(client,
                    generated.accountOwners().size() % 2 == 0 ? "name" : "-createdAt", search);
            Set<String> expected = new HashSet<>();
            for (int account = 0; account < world.accounts.size(); account++) {
                String id = world.accounts.get(account);
                Optional<String> access = world.oracle.access(user, account);
                access.ifPresent(a -> expected.add(id));
                String where = "user " + user + ", account " + account + ", " + scenario;
                assertEquals(access.isPresent() ? 200 : 404, client.get("accounts/" + id).status(), "get: " + where);
                int patch = client.patch("accounts/" + id, Json.createObjectBuilder().build(), null).status();
                assertEquals(access.map(a -> a.equals("EDIT") ? 200 : 403).orElse(404), patch, "edit: " + where);
                assertSharingNoWiderThanEditing(client, id, world.userIds.getFirst(), access, where);
            }
            assertEquals(expected, new HashSet<>(listed), "list of user " + user + ", " + scenario);
            assertEquals(listed.size(), new HashSet<>(listed).size(), "no account twice in the pages of user " + user);
        }
        for (int account = 0; account < world.accounts.size(); account++) {
            Set<String> explained = new HashSet<>();
            world.users.getFirst().get("accounts/" + world.accounts.get(account) + "/access").body()
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class).forEach(a -> explained.add(a.getString("userId") + "="
                            + a.getString("access")));
            Set<String> expected = new HashSet<>();
            for (int user = 0; user < world.userIds.size(); user++) {
                int u = user;
                world.oracle.access(user, account).ifPresent(a -> expected.add(world.userIds.get(u) + "=" + a));
            }
            assertEquals(expected, explained, "who can access account " + account + ", " + scenario);
        }
    }

    /**
     * Sharing is a write: refused as not found without read access, forbidden with read access alone (no one but the
     * administrator holds sharing.manage here, and they may edit everything), allowed with edit access. A share made
     * here
     * is removed again at once, so the world the oracle knows does not change.
     */
    private static void assertSharingNoWiderThanEditing(TacitClient client, String account, String grantee,
            Optional<String> access,
                                                         String where) {
        var reply = client.post("accounts/" + account + "/shares", Json.createObjectBuilder().add("granteeType", "USER")
                .add("granteeId", grantee).add("access", "READ").build());
        if (access.isEmpty()) {
            assertEquals(404, reply.status(), "share: " + where);
        } else if (access.get().equals("READ")) {
            assertEquals(403, reply.status(), "share: " + where);
        } else if (reply.status() != 409) {
            assertEquals(201, reply.status(), "share: " + where);
            assertEquals(204, client.delete("accounts/" + account + "/shares/" + reply.body().getString("id"), null)
                    .status());
        }
    }

    /** Every account the list returns, two at a time, following the cursors. */
    private static List<String> pageThrough(TacitClient client, String sort, boolean search) {
        List<String> ids = new ArrayList<>();
        String cursor = null;
        do {
            JsonObject page = client.get("accounts?limit=2&sort=" + sort + (search ? "&q=account" : "")
                    + (cursor == null ? "" : "&cursor=" + cursor)).body();
            page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(a -> ids.add(a.getString("id")));
            cursor = page.isNull("nextCursor") ? null : page.getString("nextCursor");
        } while (cursor != null);
        return ids;
    }

    /** The scenario made real through the API, and the oracle's model of it. User 0 is the administrator (top role). */
    private record World(List<TacitClient> users, List<String> userIds, List<String> accounts, AccessOracle oracle) {

        static World build(TestServer server, Scenario s) {
            Tenants.Tenant tenant = Tenants.signUp(server, "access");
            TacitClient admin = tenant.admin();
            List<String> roleIds = new ArrayList<>(Tenants.defaultRoleChain(admin));
            Map<Integer, Integer> parentOfRole = new HashMap<>();
            for (int i = 0; i < DEFAULT_ROLES; i++) {
                parentOfRole.put(i, i - 1);
            }
            for (int gene : s.extraRoleParents()) {
                int parent = gene % roleIds.size();
                parentOfRole.put(roleIds.size(), parent);
                roleIds.add(created(admin.post("roles", Json.createObjectBuilder().add("name", "Role " + roleIds.size())
                        .add("parentId", roleIds.get(parent)).add("permissions", Json.createArrayBuilder()
                                .add("customer.create")).build())));
            }
            List<TacitClient> users = new ArrayList<>(List.of(admin));
            List<String> userIds = new ArrayList<>(List.of(tenant.adminId()));
            Map<Integer, Integer> roleOfUser = new HashMap<>(Map.of(0, 0));
            for (int gene : s.userRoles()) {
                int role = 1 + gene % (roleIds.size() - 1);
                String email = "user" + users.size() + "@" + tenant.workspace() + ".example";
                userIds.add(created(admin.post("users", Json.createObjectBuilder().add("email", email).add("name",
                        "User " + users.size())
                        .add("roleId", roleIds.get(role)).add("password", Tenants.PASSWORD).build())));
                roleOfUser.put(users.size(), role);
                users.add(server.api().login(tenant.workspace(), email, Tenants.PASSWORD));
            }
            List<String> teamIds = new ArrayList<>();
            Map<Integer, Set<Integer>> membersOfTeam = new HashMap<>();
            for (List<Integer> genes : s.extras().teams()) {
                Set<Integer> members = new HashSet<>();
                var ids = Json.createArrayBuilder();
                genes.stream().map(g -> g % users.size()).distinct().forEach(u -> {
                    members.add(u);
                    ids.add(userIds.get(u));
                });
                membersOfTeam.put(teamIds.size(), members);
                teamIds.add(created(admin.post("teams", Json.createObjectBuilder().add("name", "Team "
                        + teamIds.size()).add("memberIds", ids).build())));
            }
            List<String> accounts = new ArrayList<>();
            Map<Integer, Integer> ownerOfAccount = new HashMap<>();
            Map<Integer, Integer> regionOfAccount = new HashMap<>();
            for (int gene : s.accountOwners()) {
                int owner = gene % users.size();
                int region = s.extras().accountRegions().get(accounts.size());
                ownerOfAccount.put(accounts.size(), owner);
                regionOfAccount.put(accounts.size(), region);
                var body = Json.createObjectBuilder().add("name", "Account " + accounts.size());
                if (region >= 0) {
                    body.add("region", REGIONS.get(region));
                }
                accounts.add(created(users.get(owner).post("accounts", body.build())));
            }
            List<AccessOracle.Share> shares = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Scenario.ShareGene g : accounts.isEmpty() ? List.<Scenario.ShareGene>of() : s.shares()) {
                if (g.granteeType().equals("TEAM") && teamIds.isEmpty()) {
                    continue;
                }
                int account = g.account() % accounts.size();
                List<String> candidates = switch (g.granteeType()) {
                    case "USER" -> userIds;
                    case "TEAM" -> teamIds;
                    default -> roleIds;
                };
                int grantee = g.grantee() % candidates.size();
                if (!seen.add(account + g.granteeType() + grantee)) {
                    continue;
                }
                String granteeId = candidates.get(grantee);
                created(users.get(ownerOfAccount.get(account)).post("accounts/" + accounts.get(account) + "/shares",
                        Json.createObjectBuilder()
                        .add("granteeType", g.granteeType()).add("granteeId", granteeId).add("access", g.access())
                                .build()));
                shares.add(new AccessOracle.Share(account, g.granteeType(), grantee, g.access()));
            }
            Set<String> seated = new HashSet<>();
            for (Scenario.TeamSeatGene g : accounts.isEmpty() ? List.<Scenario.TeamSeatGene>of() : s.extras().seats()) {
                int account = g.account() % accounts.size();
                int user = g.user() % users.size();
                if (!seated.add(account + ":" + user)) {
                    continue;
                }
                created(users.get(ownerOfAccount.get(account)).post("accounts/" + accounts.get(account) + "/team",
                        Json.createObjectBuilder()
                        .add("userId", userIds.get(user)).add("teamRole", "Seat").add("access", g.access()).build()));
                shares.add(new AccessOracle.Share(account, "USER", user, g.access()));
            }
            List<AccessOracle.Rule> rules = new ArrayList<>();
            for (Scenario.RuleGene g : s.extras().rules()) {
                boolean owner = g.kind().equals("OWNER");
                if (teamIds.isEmpty() && (g.granteeType().equals("TEAM") || owner && g.sourceType().equals("TEAM"))) {
                    continue;
                }
                List<String> sources = g.sourceType().equals("TEAM") ? teamIds : roleIds;
                int source = owner ? g.source() % sources.size() : -1;
                List<String> grantees = switch (g.granteeType()) {
                    case "USER" -> userIds;
                    case "TEAM" -> teamIds;
                    default -> roleIds;
                };
                int grantee = g.grantee() % grantees.size();
                var body = Json.createObjectBuilder().add("name", "Rule " + rules.size()).add("object", "account")
                        .add("kind", g.kind())
                        .add("granteeType", g.granteeType()).add("granteeId", grantees.get(grantee)).add("access",
                                g.access());
                if (owner) {
                    body.add("source", Json.createObjectBuilder().add("type", g.sourceType()).add("id",
                            sources.get(source)));
                } else {
                    body.add("criteria", Json.createObjectBuilder().add("field", "region").add("values",
                            Json.createArrayBuilder().add(REGIONS.get(g.region()))));
                }
                created(admin.post("sharing/rules", body.build()));
                rules.add(new AccessOracle.Rule(g.kind(), g.sourceType(), owner ? source : -1, g.region(),
                        g.granteeType(), grantee, g.access()));
            }
            var defaults = admin.put("sharing/defaults", Json.createObjectBuilder().add("account", s.orgDefault())
                    .build());
            assertEquals(200, defaults.status(), defaults.body().toString());
            return new World(users, userIds, accounts, new AccessOracle(parentOfRole, roleOfUser, ownerOfAccount,
                    regionOfAccount, membersOfTeam, shares, rules, s.orgDefault()));
        }

        private static String created(TacitClient.Reply reply) {
            assertEquals(201, reply.status(), reply.body().toString());
            return reply.body().getString("id");
        }
    }
}
