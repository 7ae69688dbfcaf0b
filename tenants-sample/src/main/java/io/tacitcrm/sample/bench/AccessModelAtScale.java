package io.tacitcrm.sample.bench;

import io.tacitcrm.testkit.EmbeddedDatabase;
import io.tacitcrm.testkit.LibertyServer;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.postgresql.PGConnection;

/**
 * The access model at scale (issue 4): one tenant with 500 users in an 8-level role tree, 200,000 accounts (five owners
 * hold 11,000 each), 20,000 manual shares, 20 teams and 20 sharing rules; 1,000 small tenants beside it. Measured
 * through
 * REST on the packaged server:
 * <ul>
 *   <li>the accounts list, first page, as a rep, a skewed rep, a mid-level manager and the top role, with the ratio to
 *       the same visibility queries as bare SQL on PostgreSQL (application role, row-level security on);</li>
 *   <li>a bulk transfer of 10,000 accounts with their open opportunities and activities, audit and dossiers;</li>
 *   <li>a sharing rule over all 200,000 accounts added while another user keeps reading;</li>
 *   <li>a subtree of about 100 users moved in the role tree, and how soon access follows.</li>
 * </ul>
 * Deterministic (seed 7). Run after building:
 * {@code mvn -pl tenants-sample exec:java -Dexec.mainClass=io.tacitcrm.sample.bench.AccessModelAtScale
 * -Dtacit.wlp.dir=$PWD/ui/target/liberty/wlp}
 */
public final class AccessModelAtScale {

    private static final int LEVELS = 8;
    private static final int USERS = 500;
    private static final int ACCOUNTS = 200_000;
    private static final int SHARES = 20_000;
    private static final int TEAMS = 20;
    private static final int REGIONS = 10;
    private static final int TRANSFERRED = 10_000;
    private static final int OTHER_TENANTS = 1_000;
    private static final int RUNS = 300;
    /** Requests before measuring each figure, so the server's JIT has compiled the path: steady-state latency. */
    private static final int WARM_UP = 300;
    private static final String PASSWORD = "Bench-password-42";
    private static final Instant START = Instant.parse("2024-11-27T00:00:00Z");

    private AccessModelAtScale() {
    }

    record Role(UUID id, String path, int depth) {
    }

    record User(UUID id, Role role) {
    }

    /** A generated sharing rule as the bare SQL needs it: whom it reaches and which records it opens. */
    record Rule(String granteeType, UUID grantee, String condition) {
    }

    record World(UUID tenant, UUID admin, String workspace, List<Role> roles, List<User> users, Map<UUID,
            Set<UUID>> teamsOf,
                 List<Rule> rules, Map<String, User> probes, List<UUID> transferable, UUID ruleProbe) {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkReport report = new BenchmarkReport("access-model-at-scale");
        Path wlp = Path.of(System.getProperty("tacit.wlp.dir", "../ui/target/liberty/wlp")).toAbsolutePath();
        Path dir = Path.of("target/bench-access-db");
        deleteRecursively(dir);
        Files.createDirectories(Path.of("target/benchmarks"));
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 15497);
             LibertyServer server = LibertyServer.startCopy(wlp, "tacit", 19181, db.settings().environment(),
                     Optional.of(Path.of("target/benchmarks/access-server-console.log").toAbsolutePath()))) {
            server.awaitReady(Duration.ofMinutes(5));
            TacitClient api = new TacitClient(server.baseUri());
            String workspace = "scale-" + UUID.randomUUID().toString().substring(0, 8);
            var signup = api.post("signup", Json.createObjectBuilder().add("company", "Scale Co").add("workspace",
                    workspace)
                    .add("adminName", "Top").add("adminEmail", "top@" + workspace + ".example").add("password",
                            PASSWORD)
                    .add("locale", "en").build());
            UUID tenant = UUID.fromString(signup.body().getString("tenantId"));
            UUID admin = UUID.fromString(signup.body().getString("adminUserId"));
            long t0 = System.nanoTime();
            World world = generate(db, tenant, admin, workspace);
            report.line(String.format("data: %d users in %d levels, %d accounts, %d shares, %d teams, %d sharing "
                    + "rules in the measured tenant;"
                    + " %d other tenants; generated in %d s", USERS, LEVELS, ACCOUNTS, SHARES, TEAMS, world.rules()
                            .size(), OTHER_TENANTS,
                    (System.nanoTime() - t0) / 1_000_000_000));
            Map<String, TacitClient> clients = new LinkedHashMap<>();
            world.probes().forEach((name, user) -> clients.put(name, api.login(workspace, email(world, user),
                    PASSWORD)));
            try (Connection app = DriverManager.getConnection(db.settings().url(), db.settings().appUser(),
                    db.settings().appPassword())) {
                try (Connection superuser = db.superuser().getConnection()) {
                    superuser.createStatement().execute("create extension if not exists pg_stat_statements");
                    for (var probe : world.probes().entrySet()) {
                        measureList(report, clients.get(probe.getKey()), probe.getKey(), app, superuser, world,
                                probe.getValue());
                    }
                }
            }
            TacitClient top = clients.get("top role");
            transfer(report, top, world);
            ruleChange(report, top, clients.get("rep (typical)"), clients.get("rep holding 11,000 accounts"), world);
            subtreeMove(report, api, top, world);
        }
        report.write();
    }

    private static final int WARM_UP_BARE = 50;

    private static void resetStatementStatistics(Connection superuser) throws SQLException {
        superuser.createStatement().execute("select pg_stat_statements_reset()");
    }

    /** PostgreSQL's execution time of the statements that read accounts (the list's visibility queries), in total. */
    private static double accountStatementMillis(Connection superuser) throws SQLException {
        try (ResultSet rs = superuser.createStatement()
                .executeQuery("select coalesce(sum(total_exec_time), 0) from pg_stat_statements"
                + " where query ilike '%from account%' and query not ilike '%api_token%'")) {
            rs.next();
            return rs.getDouble(1);
        }
    }

    private static String email(World world, User user) {
        return user.id().equals(world.admin()) ? "top@" + world.workspace() + ".example" : user.id() + "@bench.example";
    }

    private static void measureList(BenchmarkReport report, TacitClient client, String name, Connection app,
            Connection superuser,
                                    World world, User user) throws SQLException {
        int visible = client.get("accounts?limit=50").body().getJsonArray("items").size();
        Stats rest = new Stats(RUNS);
        double appStatements = 0;
        for (int i = 0; i < RUNS + WARM_UP; i++) {
            long start = System.nanoTime();
            var reply = client.get("accounts?limit=50");
            long elapsed = System.nanoTime() - start;
            if (reply.status() != 200) {
                throw new IllegalStateException(reply.status() + " " + reply.body());
            }
            if (i == WARM_UP - 1) {
                resetStatementStatistics(superuser);
            }
            if (i >= WARM_UP) {
                rest.add(elapsed);
            }
        }
        appStatements = accountStatementMillis(superuser) / RUNS;
        resetStatementStatistics(superuser);
        Stats sql = bareSql(app, world, user);
        double bareStatements = accountStatementMillis(superuser) / (RUNS + WARM_UP_BARE);
        report.line(String.format("list %-28s REST %s | bare SQL %s | p50 ratio %.2f (first page %d rows)", name,
                rest.summary(), sql.summary(), rest.percentileMillis(50) / sql.percentileMillis(50), visible));
        report.line(String.format("     %-28s the visibility statements in PostgreSQL, per request: as the "
                + "application sends them %.3f ms,"
                + " hand-written %.3f ms, ratio %.2f", "", appStatements, bareStatements,
                        appStatements / bareStatements));
    }

    /** 10,000 accounts of a heavy owner, each with an open opportunity, 3 done and 2 planned footprints, to a rep. */
    private static void transfer(BenchmarkReport report, TacitClient top, World world) {
        User to = world.probes().get("rep (typical)");
        JsonArrayBuilder ids = Json.createArrayBuilder();
        world.transferable().forEach(id -> ids.add(id.toString()));
        var body = Json.createObjectBuilder().add("criteria", Json.createObjectBuilder().add("accountIds", ids))
                .add("toUserId", to.id().toString())
                .add("include", Json.createObjectBuilder().add("openOpportunities", true).add("openActivities", true))
                .add("coOwnershipDays", 30).add("note", "benchmark").build();
        long start = System.nanoTime();
        var reply = top.post("transfers", body);
        double millis = (System.nanoTime() - start) / 1e6;
        if (reply.status() != 201) {
            throw new IllegalStateException(reply.status() + " " + reply.body());
        }
        var done = reply.body();
        report.line(String.format("transfer: %d accounts, %d open opportunities, %d planned activities, audit and %d "
                + "dossiers in %.0f ms"
                        + " through REST (%.3f ms per account)", done.getInt("accounts"), done.getInt("opportunities"),
                                done.getInt("activities"),
                done.getInt("accounts"), millis, millis / done.getInt("accounts")));
    }

    /**
     * A criteria rule opening all 200,000 accounts (every region) to a team, added while the rep keeps listing: the
     * time
     * the change takes, until the grantee sees the records, and the reader's latency meanwhile.
     */
    private static void ruleChange(BenchmarkReport report, TacitClient top, TacitClient grantee, TacitClient other,
            World world) throws Exception {
        UUID team = world.teamsOf().get(world.probes().get("rep (typical)").id()).iterator().next();
        int before = grantee.get("accounts/" + world.ruleProbe()).status();
        Stats during = new Stats(100_000);
        AtomicBoolean reading = new AtomicBoolean(true);
        Thread load = Thread.ofPlatform().start(() -> {
            while (reading.get()) {
                long s = System.nanoTime();
                other.get("accounts?limit=50");
                during.add(System.nanoTime() - s);
            }
        });
        Thread.sleep(500);
        JsonArrayBuilder regions = Json.createArrayBuilder();
        for (int r = 0; r < REGIONS; r++) {
            regions.add("R" + r);
        }
        long start = System.nanoTime();
        var created = top.post("sharing/rules", Json.createObjectBuilder().add("name", "All regions to team")
                .add("object", "account")
                .add("kind", "CRITERIA").add("criteria", Json.createObjectBuilder().add("field", "region")
                        .add("values", regions))
                .add("granteeType", "TEAM").add("granteeId", team.toString()).add("access", "READ").build());
        double change = (System.nanoTime() - start) / 1e6;
        if (created.status() != 201) {
            throw new IllegalStateException(created.status() + " " + created.body());
        }
        int after = grantee.get("accounts/" + world.ruleProbe()).status();
        double visible = (System.nanoTime() - start) / 1e6;
        Thread.sleep(500);
        reading.set(false);
        load.join();
        report.line(String.format("sharing rule over all %d accounts: in force after %.0f ms (the request); a "
                + "customer only it opens answers"
                        + " the grantee %d -> %d, %.0f ms after the start; nothing is recomputed. Another user "
                        + "reading meanwhile: %s",
                ACCOUNTS, change, before, after, visible, during.summary()));
    }

    /**
     * A level-3 role and its subtree moved under another level-3 role: how long the move takes and when access follows.
     */
    private static void subtreeMove(BenchmarkReport report, TacitClient api, TacitClient top,
            World world) throws Exception {
        Role moved = world.roles().stream().filter(r -> r.depth() == 3).findFirst().orElseThrow();
        Role newParent = world.roles().stream().filter(r -> r.depth() == 3 && !r.equals(moved)).reduce((a, b) -> b)
                .orElseThrow();
        List<User> inSubtree = world.users().stream().filter(u -> u.role().path().startsWith(moved.path())).toList();
        User newBoss = world.users().stream().filter(u -> u.role().equals(newParent)).findFirst().orElseThrow();
        User someone = inSubtree.stream().filter(u -> u.role().depth() == LEVELS).findFirst().orElseThrow();
        TacitClient boss = api.login(world.workspace(), email(world, newBoss), PASSWORD);
        String probe = created(api.login(world.workspace(), email(world, someone), PASSWORD)
                .post("accounts", Json.createObjectBuilder().add("name", "Moved rep's new customer").build()));
        int before = boss.get("accounts/" + probe).status();
        long start = System.nanoTime();
        var patch = top.patch("roles/" + moved.id(), Json.createObjectBuilder().add("parentId", newParent.id()
                .toString()).build(), null);
        double move = (System.nanoTime() - start) / 1e6;
        int after = boss.get("accounts/" + probe).status();
        double correct = (System.nanoTime() - start) / 1e6;
        report.line(String.format("role subtree move: %d users below the moved role; PATCH %d in %.0f ms; the new "
                + "superior's access to a"
                        + " record owned in the subtree %d -> %d, correct %.0f ms after the start", inSubtree.size(),
                                patch.status(), move,
                before, after, correct));
    }

    private static String created(TacitClient.Reply reply) {
        if (reply.status() != 201) {
            throw new IllegalStateException(reply.status() + " " + reply.body());
        }
        return reply.body().getString("id");
    }

    private static World generate(EmbeddedDatabase db, UUID tenant, UUID admin, String workspace) throws Exception {
        Random random = new Random(7);
        try (Connection c = db.superuser().getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            Role root;
            String hash;
            try (PreparedStatement ps = c.prepareStatement("select r.id, r.path, u.password_hash from app_user u "
                    + "join app_role r "
                    + "on r.tenant_id = u.tenant_id and r.id = u.role_id where u.tenant_id = ? and u.id = ?")) {
                ps.setObject(1, tenant);
                ps.setObject(2, admin);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    root = new Role(rs.getObject(1, UUID.class), rs.getString(2), 1);
                    hash = rs.getString(3);
                }
            }
            // An 8-level binary tree under the top role: 2 + 4 + ... + 128 = 254 roles.
            List<Role> roles = new ArrayList<>(List.of(root));
            List<Role> level = List.of(root);
            StringBuilder roleCsv = new StringBuilder();
            for (int depth = 2; depth <= LEVELS; depth++) {
                List<Role> next = new ArrayList<>();
                for (Role parent : level) {
                    for (int k = 0; k < 2; k++) {
                        UUID id = new UUID(random.nextLong(), random.nextLong());
                        Role r = new Role(id, parent.path() + id + "/", depth);
                        next.add(r);
                        roleCsv.append(tenant).append(',').append(id).append(",Role ").append(depth).append('-')
                                .append(next.size())
                                .append(',').append(parent.id()).append(",customer.create,").append(START)
                                        .append(",1,").append(r.path())
                                .append(',').append(depth).append('\n');
                    }
                }
                roles.addAll(next);
                level = next;
            }
            copy(c, "copy app_role (tenant_id, id, name, parent_id, permissions, created_at, version, path, depth) "
                    + "from stdin with (format csv)", roleCsv);
            // One user on every non-root role, the rest on the leaves.
            List<User> users = new ArrayList<>();
            for (Role r : roles.subList(1, roles.size())) {
                users.add(new User(new UUID(random.nextLong(), random.nextLong()), r));
            }
            while (users.size() < USERS - 1) {
                users.add(new User(new UUID(random.nextLong(), random.nextLong()),
                        level.get(random.nextInt(level.size()))));
            }
            StringBuilder userCsv = new StringBuilder();
            for (User u : users) {
                userCsv.append(tenant).append(',').append(u.id()).append(',').append(u.id())
                        .append("@bench.example,User,")
                        .append(u.role().id()).append(",true,en,").append(hash).append(',').append(START)
                                .append(",1\n");
            }
            copy(c, "copy app_user (tenant_id, id, email, name, role_id, active, locale, password_hash, created_at, "
                    + "version) from stdin with (format csv)",
                    userCsv);
            List<User> leaves = users.stream().filter(u -> u.role().depth() == LEVELS).toList();
            List<User> heavy = leaves.subList(0, 5);
            User typical = leaves.get(10);
            // Teams of ten; the typical rep is on the first.
            Map<UUID, Set<UUID>> teamsOf = new LinkedHashMap<>();
            List<UUID> teams = new ArrayList<>();
            StringBuilder teamCsv = new StringBuilder();
            StringBuilder memberCsv = new StringBuilder();
            for (int t = 0; t < TEAMS; t++) {
                UUID team = new UUID(random.nextLong(), random.nextLong());
                teams.add(team);
                teamCsv.append(tenant).append(',').append(team).append(",Team ").append(t).append(",,").append(START)
                        .append(",1\n");
                Set<UUID> members = new HashSet<>();
                if (t == 0) {
                    members.add(typical.id());
                }
                while (members.size() < 10) {
                    members.add(users.get(random.nextInt(users.size())).id());
                }
                for (UUID m : members) {
                    memberCsv.append(tenant).append(',').append(team).append(',').append(m).append('\n');
                    teamsOf.computeIfAbsent(m, k -> new HashSet<>()).add(team);
                }
            }
            copy(c, "copy team (tenant_id, id, name, leader_id, created_at, version) from stdin with (format csv)",
                    teamCsv);
            copy(c, "copy team_member (tenant_id, team_id, user_id) from stdin with (format csv)", memberCsv);
            // Accounts: five heavy owners hold 11,000 each; the rest is spread over everyone; ten regions.
            List<UUID> accountIds = new ArrayList<>(ACCOUNTS);
            Map<UUID, Integer> regionOf = new HashMap<>();
            Map<UUID, UUID> ownerOf = new HashMap<>();
            List<UUID> transferable = new ArrayList<>(TRANSFERRED);
            StringBuilder accountCsv = new StringBuilder();
            for (int i = 0; i < ACCOUNTS; i++) {
                User owner = i < 55_000 ? heavy.get(i % heavy.size()) : users.get(random.nextInt(users.size()));
                UUID id = new UUID(random.nextLong(), random.nextLong());
                accountIds.add(id);
                if (owner.equals(heavy.get(1)) && transferable.size() < TRANSFERRED) {
                    transferable.add(id);
                }
                int region = random.nextInt(REGIONS);
                regionOf.put(id, region);
                ownerOf.put(id, owner.id());
                accountCsv.append(tenant).append(',').append(id).append(",Customer ").append(i).append(",R")
                        .append(region)
                        .append(',').append(owner.id()).append(',').append(owner.id()).append(',')
                                .append(START.plusSeconds(random.nextInt(63_000_000)))
                        .append(',').append(START).append(",1\n");
            }
            st.execute("set session_replication_role = replica");
            copy(c, "copy account (tenant_id, id, name, region, owner_id, created_by, created_at, updated_at, "
                    + "version) from stdin with (format csv)",
                    accountCsv);
            CrmDataGenerator.indexForSearch(c, tenant);
            StringBuilder shareCsv = new StringBuilder();
            Set<String> seen = new HashSet<>();
            while (seen.size() < SHARES) {
                UUID account = accountIds.get(random.nextInt(accountIds.size()));
                int kind = random.nextInt(8);
                String type = kind < 5 ? "USER" : kind == 5 ? "TEAM" : kind == 6 ? "ROLE" : "ROLE_AND_SUBORDINATES";
                UUID grantee = switch (type) {
                    case "USER" -> users.get(random.nextInt(users.size())).id();
                    case "TEAM" -> teams.get(random.nextInt(teams.size()));
                    default -> roles.get(1 + random.nextInt(roles.size() - 1)).id();
                };
                if (seen.add(account + type + grantee)) {
                    shareCsv.append(tenant).append(',').append(new UUID(random.nextLong(), random.nextLong()))
                            .append(",account,").append(account)
                            .append(',').append(type).append(',').append(grantee).append(',')
                                    .append(random.nextBoolean() ? "READ" : "EDIT")
                            .append(",MANUAL,").append(admin).append(',').append(START).append('\n');
                }
            }
            copy(c, "copy record_share (tenant_id, id, object_type, record_id, grantee_type, grantee_id, access, "
                    + "cause, created_by, created_at) "
                    + "from stdin with (format csv)", shareCsv);
            // Twenty rules: each region opened to a team; each level-4 subtree's records to a sibling level-4 role; two
            // team-owner rules.
            List<Rule> rules = new ArrayList<>();
            StringBuilder ruleCsv = new StringBuilder();
            for (int r = 0; r < REGIONS; r++) {
                rules.add(new Rule("TEAM", teams.get(r), "a.region = 'R" + r + "'"));
                ruleCsv.append(tenant).append(',').append(UUID.randomUUID()).append(",Region R").append(r)
                        .append(",account,CRITERIA,,,region,R")
                        .append(r).append(",TEAM,").append(teams.get(r)).append(",READ,").append(admin).append(',')
                                .append(START).append('\n');
            }
            List<Role> level4 = roles.stream().filter(r -> r.depth() == 4).toList();
            for (int r = 0; r < level4.size(); r++) {
                Role source = level4.get(r);
                Role grantee = level4.get((r + 1) % level4.size());
                rules.add(new Rule("ROLE", grantee.id(),
                        "a.owner_id in (select u.id from app_user u join app_role r on r.tenant_id = u.tenant_id"
                        + " and r.id = u.role_id where u.tenant_id = '" + tenant + "' and r.path like '"
                                + source.path() + "%')"));
                ruleCsv.append(tenant).append(',').append(UUID.randomUUID()).append(",Subtree ").append(r)
                        .append(",account,OWNER,ROLE_AND_SUBORDINATES,")
                        .append(source.id()).append(",,,ROLE,").append(grantee.id()).append(",READ,").append(admin)
                                .append(',').append(START).append('\n');
            }
            for (int r = 0; r < 2; r++) {
                UUID source = teams.get(10 + r);
                UUID grantee = teams.get(12 + r);
                rules.add(new Rule("TEAM", grantee,
                        "a.owner_id in (select m.user_id from team_member m where m.tenant_id = '" + tenant
                        + "' and m.team_id = '" + source + "')"));
                ruleCsv.append(tenant).append(',').append(UUID.randomUUID()).append(",Team ").append(r)
                        .append(",account,OWNER,TEAM,").append(source)
                        .append(",,,TEAM,").append(grantee).append(",READ,").append(admin).append(',').append(START)
                                .append('\n');
            }
            copy(c, "copy sharing_rule (tenant_id, id, name, object_type, kind, source_type, source_id, "
                    + "criteria_field, criteria_values, grantee_type,"
                    + " grantee_id, access, created_by, created_at) from stdin with (format csv)", ruleCsv);
            // What a transfer carries: an open opportunity and five footprints (two planned) per transferable account.
            UUID stage;
            try (ResultSet rs = st.executeQuery("select id from sales_stage where tenant_id = '" + tenant
                    + "' order by position limit 1")) {
                rs.next();
                stage = rs.getObject(1, UUID.class);
            }
            StringBuilder opportunityCsv = new StringBuilder();
            StringBuilder activityCsv = new StringBuilder();
            UUID owner = heavy.get(1).id();
            for (UUID account : transferable) {
                opportunityCsv.append(tenant).append(',').append(new UUID(random.nextLong(), random.nextLong()))
                        .append(',').append(account)
                        .append(",Renewal,50000,CNY,").append(stage).append(',').append(owner).append(',')
                                .append(owner).append(',').append(START)
                        .append(',').append(START).append(',').append(START).append(",1\n");
                for (int a = 0; a < 5; a++) {
                    boolean planned = a >= 3;
                    activityCsv.append(tenant).append(',').append(new UUID(random.nextLong(), random.nextLong()))
                            .append(planned ? ",CALL,PLANNED" : ",VISIT,DONE")
                            .append(",Follow-up ").append(a).append(',').append(planned ? "2027-01-0" + (a + 1)
                                    + "T02:00:00Z" : START.plusSeconds(86_400L * a))
                            .append(',').append(account).append(',').append(owner).append(',').append(START)
                                    .append(',').append(START).append(",1\n");
                }
            }
            copy(c, "copy opportunity (tenant_id, id, account_id, name, amount, currency, stage_id, owner_id, "
                    + "created_by, created_at, updated_at,"
                    + " stage_entered_at, version) from stdin with (format csv)", opportunityCsv);
            copy(c, "copy activity (tenant_id, id, type, status, subject, occurred_at, account_id, owner_id, "
                    + "created_at, updated_at, version)"
                    + " from stdin with (format csv)", activityCsv);
            st.execute("insert into tenant (id, slug, name, status, plan, locale, created_at, version) select "
                    + "gen_random_uuid(), "
                    + "'other-' || g, 'Other ' || g, 'ACTIVE', 'STANDARD', 'zh-CN', now(), 1 from generate_series(1, "
                            + OTHER_TENANTS + ") g");
            st.execute("insert into app_user (tenant_id, id, email, name, active, locale, password_hash, created_at, "
                    + "version) "
                    + "select id, gen_random_uuid(), 'rep@' || slug || '.example', 'Rep', true, 'zh-CN', 'x', now(), "
                    + "1 from tenant where slug like 'other-%'");
            st.execute("insert into account (tenant_id, id, name, owner_id, created_by, created_at, updated_at, "
                    + "version) "
                    + "select u.tenant_id, gen_random_uuid(), '客户 ' || g, u.id, u.id, now() - g * interval '1 "
                    + "hour', "
                    + "now(), 1 "
                    + "from app_user u join tenant t on t.id = u.tenant_id and t.slug like 'other-%' cross join "
                    + "generate_series(1, 20) g");
            c.commit();
            c.setAutoCommit(true);
            st.execute("vacuum analyze");
            Map<String, User> probes = new LinkedHashMap<>();
            probes.put("rep (typical)", typical);
            probes.put("rep holding 11,000 accounts", heavy.getFirst());
            probes.put("mid-level manager (level 4)", users.stream().filter(u -> u.role().depth() == 4).findFirst()
                    .orElseThrow());
            probes.put("top role", new User(admin, root));
            // A customer only the new rule of the rule-change measurement will open to the typical rep.
            UUID ruleProbe = accountIds.stream().filter(a -> regionOf.get(a) != 0 && ownerOf.get(a).equals(heavy.get(2)
                    .id())
                    && seen.stream().noneMatch(k -> k.startsWith(a.toString()))).findFirst().orElseThrow();
            return new World(tenant, admin, workspace, roles, users, teamsOf, rules, probes, transferable, ruleProbe);
        }
    }

    private static void copy(Connection c, String sql, CharSequence csv) throws SQLException, IOException {
        c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv.toString()));
    }

    /**
     * The statements the application sends for this viewer, written by hand and run as the application role (row-level
     * security on): nothing for the top role (every other owner is below); one OR query for a manager; for a rep, each
     * branch (own, shared, rules) for ids, then the page by those ids.
     */
    private static Stats bareSql(Connection app, World world, User user) throws SQLException {
        List<UUID> lineage = new ArrayList<>();
        for (String part : user.role().path().substring(1, user.role().path().length() - 1).split("/")) {
            lineage.add(UUID.fromString(part));
        }
        Set<UUID> teams = world.teamsOf().getOrDefault(user.id(), Set.of());
        String ruled = world.rules().stream().filter(r -> switch (r.granteeType()) {
            case "TEAM" -> teams.contains(r.grantee());
            case "ROLE" -> r.grantee().equals(user.role().id());
            default -> false;
        }).map(Rule::condition).reduce((a, b) -> a + " or " + b).orElse("false");
        String shares = "s.tenant_id = ? and s.object_type = 'account' and (s.expires_at is null or s.expires_at > "
                + "now())"
                + " and ((s.grantee_type = 'USER' and s.grantee_id = ?) or (s.grantee_type = 'TEAM' and s.grantee_id "
                + "= any(?))"
                + " or (s.grantee_type = 'ROLE' and s.grantee_id = ?) or (s.grantee_type = 'ROLE_AND_SUBORDINATES' "
                + "and s.grantee_id = any(?)))";
        String columns = "select a.id, a.name, a.owner_id, a.created_at, a.version, a.search_text from account a "
                + "where a.tenant_id = ? and ";
        String order = " order by a.created_at desc, a.id desc limit 51";
        boolean top = user.id().equals(world.admin());
        boolean manager = !top && user.role().depth() < LEVELS;
        Stats stats = new Stats(RUNS);
        app.setAutoCommit(false);
        try (PreparedStatement set = app.prepareStatement("select set_config('app.tenant_id', ?, true)");
             PreparedStatement all = app.prepareStatement(columns + "true" + order);
             PreparedStatement or = app.prepareStatement(columns
                     + "(a.owner_id = ? or a.id in (select s.record_id from record_share s where "
                     + shares + ") or a.owner_id in (select u.id from app_user u join app_role r on r.tenant_id = "
                     + "u.tenant_id "
                     + "and r.id = u.role_id where u.tenant_id = ? and r.path like ?) or " + ruled + ")" + order);
             PreparedStatement own = app.prepareStatement("select a.id from account a where a.tenant_id = ? and "
                     + "a.owner_id = ?" + order);
             PreparedStatement shared = app.prepareStatement("select distinct a.id, a.created_at, a.name from "
                     + "account a, record_share s "
                     + "where a.tenant_id = ? and s.record_id = a.id and " + shares + order);
             PreparedStatement rule = app.prepareStatement("select a.id from account a where a.tenant_id = ? and ("
                     + ruled + ")" + order);
             PreparedStatement page = app.prepareStatement(columns + "a.id = any(?)" + order)) {
            Array ancestors = app.createArrayOf("uuid", lineage.toArray());
            Array teamIds = app.createArrayOf("uuid", teams.toArray());
            for (int i = 0; i < RUNS + 50; i++) {
                long start = System.nanoTime();
                set.setString(1, world.tenant().toString());
                set.execute();
                if (top) {
                    drain(bind(all, world.tenant()), null);
                } else if (manager) {
                    drain(bind(or, world.tenant(), user.id(), world.tenant(), user.id(), teamIds, user.role().id(),
                            ancestors, world.tenant(),
                            user.role().path() + "_%"), null);
                } else {
                    Set<UUID> ids = new HashSet<>();
                    drain(bind(own, world.tenant(), user.id()), ids);
                    drain(bind(shared, world.tenant(), world.tenant(), user.id(), teamIds, user.role().id(),
                            ancestors), ids);
                    drain(bind(rule, world.tenant()), ids);
                    drain(bind(page, world.tenant(), app.createArrayOf("uuid", ids.toArray())), null);
                }
                app.commit();
                if (i >= 50) {
                    stats.add(System.nanoTime() - start);
                }
            }
        }
        return stats;
    }

    private static PreparedStatement bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int v = 0; v < values.length; v++) {
            ps.setObject(v + 1, values[v]);
        }
        return ps;
    }

    private static void drain(PreparedStatement ps, Set<UUID> ids) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                UUID id = rs.getObject(1, UUID.class);
                if (ids != null) {
                    ids.add(id);
                }
            }
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
