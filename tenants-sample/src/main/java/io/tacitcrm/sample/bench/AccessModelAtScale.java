package io.tacitcrm.sample.bench;

import io.tacitcrm.sample.demo.TacitClient;
import io.tacitcrm.sample.launch.EmbeddedDatabase;
import io.tacitcrm.sample.launch.LibertyServer;
import jakarta.json.Json;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.postgresql.PGConnection;

/**
 * The accounts list under record access, at scale: one tenant with 500 users in an 8-level role tree, 200,000 accounts
 * (five owners hold over 10,000 each), 20,000 manual shares; 1,000 small tenants beside it. Measured through REST (first
 * page, 50 rows, newest first) as a rep, a skewed rep, a mid-level manager and the top role, and the same visibility
 * query as bare SQL on PostgreSQL for the ratio. Deterministic (seed 7).
 *
 * <p>Run after building: {@code mvn -pl tenants-sample exec:java -Dexec.mainClass=io.tacitcrm.sample.bench.AccessListAtScale
 * -Dtacit.wlp.dir=$PWD/ui/target/liberty/wlp}
 */
public final class AccessListAtScale {

    private static final int LEVELS = 8;
    private static final int USERS = 500;
    private static final int ACCOUNTS = 200_000;
    private static final int SHARES = 20_000;
    private static final int OTHER_TENANTS = 1_000;
    private static final int RUNS = 300;
    private static final String PASSWORD = "Bench-password-42";

    private AccessListAtScale() {
    }

    record Role(UUID id, String path, int depth) {
    }

    record User(UUID id, Role role) {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkReport report = new BenchmarkReport("access-list-at-scale");
        Path wlp = Path.of(System.getProperty("tacit.wlp.dir", "../ui/target/liberty/wlp")).toAbsolutePath();
        Path dir = Path.of("target/bench-access-db");
        Files.createDirectories(Path.of("target/benchmarks"));
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 15497);
             LibertyServer server = LibertyServer.start(wlp, "tacit", 19181, db.settings().environment(),
                     Optional.of(Path.of("target/benchmarks/access-server-console.log").toAbsolutePath()))) {
            server.awaitReady(Duration.ofMinutes(5));
            TacitClient api = new TacitClient(server.baseUri());
            String workspace = "scale-" + UUID.randomUUID().toString().substring(0, 8);
            var signup = api.post("signup", Json.createObjectBuilder().add("company", "Scale Co").add("workspace", workspace)
                    .add("adminName", "Top").add("adminEmail", "top@" + workspace + ".example").add("password", PASSWORD)
                    .add("locale", "en").build());
            UUID tenant = UUID.fromString(signup.body().getString("tenantId"));
            UUID admin = UUID.fromString(signup.body().getString("adminUserId"));
            long t0 = System.nanoTime();
            Map<String, User> probes = generate(db, tenant, admin, workspace);
            report.line(String.format("data: %d users in %d levels, %d accounts, %d shares in the measured tenant; %d other tenants; generated in %d s",
                    USERS, LEVELS, ACCOUNTS, SHARES, OTHER_TENANTS, (System.nanoTime() - t0) / 1_000_000_000));
            try (Connection app = java.sql.DriverManager.getConnection(db.settings().url(), db.settings().appUser(), db.settings().appPassword())) {
                for (var probe : probes.entrySet()) {
                    String email = probe.getValue().id().equals(admin) ? "top@" + workspace + ".example" : probe.getValue().id() + "@bench.example";
                    TacitClient client = api.login(workspace, email, PASSWORD);
                    int visible = client.get("accounts?limit=50").body().getJsonArray("items").size();
                    Stats rest = new Stats(RUNS);
                    for (int i = 0; i < RUNS + 50; i++) {
                        long start = System.nanoTime();
                        var reply = client.get("accounts?limit=50");
                        long elapsed = System.nanoTime() - start;
                        if (reply.status() != 200) {
                            throw new IllegalStateException(reply.status() + " " + reply.body());
                        }
                        if (i >= 50) {
                            rest.add(elapsed);
                        }
                    }
                    Stats sql = bareSql(app, tenant, probe.getValue());
                    report.line(String.format("%-28s REST %s | bare SQL %s | p50 ratio %.2f (first page %d rows)", probe.getKey(),
                            rest.summary(), sql.summary(), rest.percentileMillis(50) / sql.percentileMillis(50), visible));
                }
            }
        }
        report.write();
    }

    private static Map<String, User> generate(EmbeddedDatabase db, UUID tenant, UUID admin, String workspace) throws Exception {
        Random random = new Random(7);
        try (Connection c = db.superuser().getConnection(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            Role root;
            String hash;
            try (PreparedStatement ps = c.prepareStatement("select r.id, r.path, u.password_hash from app_user u join app_role r "
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
                        UUID id = UUID.randomUUID();
                        Role r = new Role(id, parent.path() + id + "/", depth);
                        next.add(r);
                        roleCsv.append(tenant).append(',').append(id).append(",Role ").append(depth).append('-').append(next.size())
                                .append(',').append(parent.id()).append(",customer.create,now(),1,").append(r.path()).append(',').append(depth).append('\n');
                    }
                }
                roles.addAll(next);
                level = next;
            }
            copy(c, "copy app_role (tenant_id, id, name, parent_id, permissions, created_at, version, path, depth) from stdin with (format csv)",
                    roleCsv.toString().replace(",now(),", "," + java.time.Instant.now() + ","));
            // One user on every non-root role, the rest on the leaves.
            List<User> users = new ArrayList<>();
            for (Role r : roles.subList(1, roles.size())) {
                users.add(new User(UUID.randomUUID(), r));
            }
            while (users.size() < USERS - 1) {
                users.add(new User(UUID.randomUUID(), level.get(random.nextInt(level.size()))));
            }
            StringBuilder userCsv = new StringBuilder();
            for (User u : users) {
                userCsv.append(tenant).append(',').append(u.id()).append(',').append(u.id()).append("@bench.example,User,")
                        .append(u.role().id()).append(",true,en,").append(hash).append(',').append(java.time.Instant.now()).append(",1\n");
            }
            copy(c, "copy app_user (tenant_id, id, email, name, role_id, active, locale, password_hash, created_at, version) from stdin with (format csv)",
                    userCsv.toString());
            // Accounts: five heavy owners (reps on leaves) hold 11,000 each; the rest is spread over everyone.
            List<User> heavy = users.stream().filter(u -> u.role().depth() == LEVELS).limit(5).toList();
            List<UUID> accountIds = new ArrayList<>(ACCOUNTS);
            StringBuilder accountCsv = new StringBuilder();
            java.time.Instant start = java.time.Instant.parse("2024-11-27T00:00:00Z");
            for (int i = 0; i < ACCOUNTS; i++) {
                User owner = i < 55_000 ? heavy.get(i % heavy.size()) : users.get(random.nextInt(users.size()));
                UUID id = UUID.randomUUID();
                accountIds.add(id);
                accountCsv.append(tenant).append(',').append(id).append(",Customer ").append(i).append(',').append(owner.id()).append(',')
                        .append(owner.id()).append(',').append(start.plusSeconds(random.nextInt(63_000_000))).append(',')
                        .append(start).append(",1\n");
            }
            copy(c, "copy account (tenant_id, id, name, owner_id, created_by, created_at, updated_at, version) from stdin with (format csv)",
                    accountCsv.toString());
            StringBuilder shareCsv = new StringBuilder();
            java.util.Set<String> seen = new java.util.HashSet<>();
            while (seen.size() < SHARES) {
                UUID account = accountIds.get(random.nextInt(accountIds.size()));
                boolean toUser = random.nextInt(4) > 0;
                UUID grantee = toUser ? users.get(random.nextInt(users.size())).id() : roles.get(1 + random.nextInt(roles.size() - 1)).id();
                String type = toUser ? "USER" : random.nextBoolean() ? "ROLE" : "ROLE_AND_SUBORDINATES";
                if (seen.add(account + type + grantee)) {
                    shareCsv.append(tenant).append(',').append(UUID.randomUUID()).append(",account,").append(account).append(',').append(type)
                            .append(',').append(grantee).append(',').append(random.nextBoolean() ? "READ" : "EDIT").append(",MANUAL,")
                            .append(admin).append(',').append(start).append('\n');
                }
            }
            copy(c, "copy record_share (tenant_id, id, object_type, record_id, grantee_type, grantee_id, access, cause, created_by, created_at) "
                    + "from stdin with (format csv)", shareCsv.toString());
            st.execute("insert into tenant (id, slug, name, status, plan, locale, created_at, version) select gen_random_uuid(), "
                    + "'other-' || g, 'Other ' || g, 'ACTIVE', 'STANDARD', 'zh-CN', now(), 1 from generate_series(1, " + OTHER_TENANTS + ") g");
            st.execute("insert into app_user (tenant_id, id, email, name, active, locale, password_hash, created_at, version) "
                    + "select id, gen_random_uuid(), 'rep@' || slug || '.example', 'Rep', true, 'zh-CN', 'x', now(), 1 from tenant where slug like 'other-%'");
            st.execute("insert into account (tenant_id, id, name, owner_id, created_by, created_at, updated_at, version) "
                    + "select u.tenant_id, gen_random_uuid(), '客户 ' || g, u.id, u.id, now() - g * interval '1 hour', now(), 1 "
                    + "from app_user u join tenant t on t.id = u.tenant_id and t.slug like 'other-%' cross join generate_series(1, 20) g");
            c.commit();
            c.setAutoCommit(true);
            st.execute("vacuum analyze");
            Map<String, User> probes = new LinkedHashMap<>();
            probes.put("rep (typical)", users.stream().filter(u -> u.role().depth() == LEVELS && !heavy.contains(u)).findFirst().orElseThrow());
            probes.put("rep holding 11,000 accounts", heavy.getFirst());
            probes.put("mid-level manager (level 4)", users.stream().filter(u -> u.role().depth() == 4).findFirst().orElseThrow());
            probes.put("top role", new User(admin, root));
            return probes;
        }
    }

    private static void copy(Connection c, String sql, String csv) throws SQLException, java.io.IOException {
        c.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(csv));
    }

    /**
     * The statements the application sends for this viewer, written by hand and run as the application role (row-level
     * security on): one OR query for a manager; for a rep, the own and shared branches (ids) and the page by those ids.
     */
    private static Stats bareSql(Connection app, UUID tenant, User user) throws SQLException {
        List<UUID> lineage = new ArrayList<>();
        for (String part : user.role().path().substring(1, user.role().path().length() - 1).split("/")) {
            lineage.add(UUID.fromString(part));
        }
        String shares = "s.tenant_id = ? and s.object_type = 'account' and ((s.grantee_type = 'USER' and s.grantee_id = ?) "
                + "or (s.grantee_type = 'ROLE' and s.grantee_id = ?) or (s.grantee_type = 'ROLE_AND_SUBORDINATES' and s.grantee_id = any(?)))";
        String columns = "select a.id, a.name, a.owner_id, a.created_at, a.version from account a where a.tenant_id = ? and ";
        String order = " order by a.created_at desc, a.id desc limit 51";
        boolean manager = user.role().depth() < LEVELS;
        Stats stats = new Stats(RUNS);
        app.setAutoCommit(false);
        try (PreparedStatement set = app.prepareStatement("select set_config('app.tenant_id', ?, true)");
             PreparedStatement or = app.prepareStatement(columns + "(a.owner_id = ? or a.id in (select s.record_id from record_share s where "
                     + shares + ") or a.owner_id in (select u.id from app_user u join app_role r on r.tenant_id = u.tenant_id "
                     + "and r.id = u.role_id where u.tenant_id = ? and r.path like ?))" + order);
             PreparedStatement own = app.prepareStatement("select a.id from account a where a.tenant_id = ? and a.owner_id = ?" + order);
             PreparedStatement shared = app.prepareStatement("select distinct a.id, a.created_at, a.name from account a, record_share s "
                     + "where a.tenant_id = ? and s.record_id = a.id and " + shares + order);
             PreparedStatement page = app.prepareStatement(columns + "a.id = any(?)" + order)) {
            Array ancestors = app.createArrayOf("uuid", lineage.toArray());
            for (int i = 0; i < RUNS + 50; i++) {
                long start = System.nanoTime();
                set.setString(1, tenant.toString());
                set.execute();
                if (manager) {
                    drain(bind(or, tenant, user.id(), tenant, user.id(), user.role().id(), ancestors, tenant, user.role().path() + "_%"), null);
                } else {
                    java.util.Set<UUID> ids = new java.util.HashSet<>();
                    drain(bind(own, tenant, user.id()), ids);
                    drain(bind(shared, tenant, tenant, user.id(), user.role().id(), ancestors), ids);
                    drain(bind(page, tenant, app.createArrayOf("uuid", ids.toArray())), null);
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

    private static void drain(PreparedStatement ps, java.util.Set<UUID> ids) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                UUID id = rs.getObject(1, UUID.class);
                if (ids != null) {
                    ids.add(id);
                }
            }
        }
    }
}
