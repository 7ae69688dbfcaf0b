package io.tacitcrm.sample.bench;

import io.tacitcrm.testkit.EmbeddedDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * What does row-level security cost? The accounts-list queries the application sends, for one tenant among 1,000
 * (200,000 accounts in all), run as the application role (policy applies) and as an otherwise identical role with
 * BYPASSRLS (policy skipped): same data, same connection and prepared statements, alternating blocks of runs. A control
 * run (application role on both sides) shows the noise floor of the method.
 *
 * <p>Run: {@code mvn -pl tenants-sample -am -DskipTests install && mvn -pl tenants-sample exec:java
 * -Dexec.mainClass=io.tacitcrm.sample.bench.RowLevelSecurityCost}
 */
public final class RowLevelSecurityCost {

    private static final int TENANTS = 1_000;
    private static final int ACCOUNTS_PER_TENANT = 200;
    private static final int WARMUP = 2_000;
    private static final int ROUNDS = 20_000;
    /** Runs alternate in blocks, so neither side always runs right after the other (which skews pairs on 2 cores). */
    private static final int BLOCK = 100;

    /** The statements EclipseLink sends for the first page (newest first) and for a name search. */
    private static final Map<String, String> QUERIES = Map.of(
            "first page, newest first",
                    "select id, name, owner_id, created_at, version from account where tenant_id = ?::uuid "
                    + "order by created_at desc, id desc limit 51",
            "name search", "select id, name, owner_id, created_at, version from account where tenant_id = ?::uuid "
                    + "and lower(name) like ? escape '!' order by name, id limit 51");

    private RowLevelSecurityCost() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkReport report = new BenchmarkReport("rls-cost");
        Path dir = Path.of(System.getProperty("tacit.bench.db", "target/bench-db"));
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 15499)) {
            var s = db.settings();
            Flyway.configure().dataSource(s.url(), s.ownerUser(), s.ownerPassword()).placeholders(Map.of("appRole",
                    s.appUser()))
                    .load().migrate();
            List<UUID> tenants = generate(db);
            report.line(String.format("data: %d tenants x %d accounts = %d accounts", TENANTS, ACCOUNTS_PER_TENANT,
                    TENANTS * ACCOUNTS_PER_TENANT));
            // One backend for both sides: a superuser session that switches role per block. Separate connections made
            // one side up to twice as fast as the other even when both had the policy (scheduling and per-backend plan
            // caches on 2 cores), which would measure the connection, not the policy.
            try (Connection c = db.superuser().getConnection()) {
                for (var query : QUERIES.entrySet()) {
                    measure(report, query.getKey() + " [RLS on vs off]", query.getValue(), tenants, c, s.appUser(),
                            "tacit_bench_bypass");
                    measure(report, query.getKey() + " [control: on vs on]", query.getValue(), tenants, c, s.appUser(),
                            s.appUser());
                }
            }
        }
        report.write();
    }

    private static List<UUID> generate(EmbeddedDatabase db) throws SQLException {
        try (Connection c = db.superuser().getConnection(); Statement st = c.createStatement()) {
            st.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = 'tacit_bench_bypass') then "
                    + "create role tacit_bench_bypass login password 'bypass' bypassrls; end if; end $$");
            st.execute("grant select on account, app_user, tenant to tacit_bench_bypass");
            st.execute("truncate tenant cascade");
            st.execute("insert into tenant (id, slug, name, status, plan, locale, created_at, version) "
                    + "select gen_random_uuid(), 'bench-' || g, 'Bench ' || g, 'ACTIVE', 'STANDARD', 'en', now(), 1 "
                    + "from generate_series(1, " + TENANTS + ") g");
            st.execute("insert into app_user (tenant_id, id, email, name, active, locale, password_hash, created_at, "
                    + "version) "
                    + "select id, gen_random_uuid(), 'rep@' || slug || '.example', 'Rep', true, 'en', 'x', now(), 1 "
                    + "from tenant");
            st.execute("insert into account (tenant_id, id, name, owner_id, created_by, created_at, updated_at, "
                    + "version) "
                    + "select u.tenant_id, gen_random_uuid(), (array['Acme','杭州','Global','上海','Delta'])[1 + "
                    + "g % 5] "
                    + "|| ' Customer ' || g, "
                    + "u.id, u.id, now() - g * interval '1 minute', now(), 1 "
                    + "from app_user u cross join generate_series(1, " + ACCOUNTS_PER_TENANT + ") g");
            st.execute("vacuum analyze");
            List<UUID> ids = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("select id from tenant order by id")) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    private static void measure(BenchmarkReport report, String label, String sql, List<UUID> tenants,
            Connection connection,
                                String firstRole, String secondRole) throws SQLException {
        Random random = new Random(42);
        Stats on = new Stats(ROUNDS);
        Stats off = new Stats(ROUNDS);
        try (Run run = new Run(connection, sql); Statement roles = connection.createStatement()) {
            for (int i = 0; i < WARMUP + ROUNDS; i++) {
                UUID tenant = tenants.get(random.nextInt(tenants.size()));
                boolean policyBlock = (i / BLOCK) % 2 == 0;
                if (i % BLOCK == 0) {
                    roles.execute("set role " + (policyBlock ? firstRole : secondRole));
                    connection.commit();
                }
                long elapsed = run.time(tenant);
                if (i >= WARMUP) {
                    (policyBlock ? on : off).add(elapsed);
                }
            }
            roles.execute("reset role");
            connection.commit();
        }
        report.line(String.format("%s: first  %s", label, on.summary()));
        report.line(String.format("%s: second %s", label, off.summary()));
        report.line(String.format("%s: median ratio first/second = %.3f (goal for on/off <= 1.10)", label,
                on.percentileMillis(50) / off.percentileMillis(50)));
    }

    /** One connection running the measured transaction: set the tenant, run the query, read every row, commit. */
    private static final class Run implements AutoCloseable {
        private final Connection connection;
        private final PreparedStatement setTenant;
        private final PreparedStatement query;
        private final boolean search;

        Run(Connection connection, String sql) throws SQLException {
            this.connection = connection;
            connection.setAutoCommit(false);
            setTenant = connection.prepareStatement("select set_config('app.tenant_id', ?, true)");
            query = connection.prepareStatement(sql);
            search = sql.contains("like");
        }

        long time(UUID tenant) throws SQLException {
            long start = System.nanoTime();
            setTenant.setString(1, tenant.toString());
            setTenant.execute();
            query.setObject(1, tenant);
            if (search) {
                query.setString(2, "%杭州%");
            }
            int rows = 0;
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows++;
                }
            }
            connection.commit();
            long elapsed = System.nanoTime() - start;
            if (rows == 0) {
                throw new IllegalStateException("the query returned nothing: the benchmark would measure an empty "
                        + "result");
            }
            return elapsed;
        }

        @Override
        public void close() throws SQLException {
            setTenant.close();
            query.close();
        }
    }
}
