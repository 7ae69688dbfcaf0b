package io.tacitcrm.sample.bench;

import io.tacitcrm.sample.bench.KnowledgeSearchAtScale.Workspace;
import io.tacitcrm.testkit.EmbeddedDatabase;
import io.tacitcrm.testkit.LibertyServer;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * What a request costs beyond its SQL, measured from outside with a load generator that costs little itself (wrk, in
 * C), on {@link CoreCrmAtScale}'s data (200,000 accounts, 3,000,000 footprints, 1,000 other tenants) plus 20,000
 * knowledge articles. For each call: a warm-up under load, then one connection at a time (latency), while
 * {@code pg_stat_statements} counts the statements the server sent and the time PostgreSQL spent executing them — the
 * bare SQL of exactly that request. Then saturation, 16 connections, for a manager's first page and for a plugin's
 * API call (knowledge search).
 *
 * <p>Needs {@code wrk} (apt-get install wrk). Run after building: {@code mvn -pl tenants-sample exec:java
 * -Dexec.mainClass=io.tacitcrm.sample.bench.RequestCostUnderLoad -Dtacit.wlp.dir=$PWD/ui/target/liberty/wlp}
 */
public final class RequestCostUnderLoad {

    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("tacit.bench.warmup", 20));
    private static final Duration MEASURED = Duration.ofSeconds(Integer.getInteger("tacit.bench.seconds", 10));
    private static final Duration SATURATED = Duration.ofSeconds(20);
    private static final int ARTICLES = 20_000;

    private RequestCostUnderLoad() {
    }

    public static void main(String[] args) throws Exception {
        Wrk.requireInstalled();
        BenchmarkReport report = new BenchmarkReport("request-cost-under-load");
        Path wlp = Path.of(System.getProperty("tacit.wlp.dir", "../ui/target/liberty/wlp")).toAbsolutePath();
        Files.createDirectories(Path.of("target/benchmarks"));
        try (EmbeddedDatabase db = EmbeddedDatabase.start(CoreCrmAtScale.DATABASE, CoreCrmAtScale.DATABASE_PORT);
             LibertyServer server = LibertyServer.startCopy(wlp, "tacit", 19182, db.settings().environment(),
                     Optional.of(Path.of("target/benchmarks/load-server-console.log").toAbsolutePath()));
             Connection superuser = db.superuser().getConnection()) {
            server.awaitReady(Duration.ofMinutes(5));
            TacitClient api = new TacitClient(server.baseUri());
            UUID tenant = CoreCrmAtScale.generatedTenant(api, db, report);
            String top = token(api, CoreCrmAtScale.TOP);
            String rep = token(api, "rep0@bench.example");
            String manager = token(api, "manager@" + CoreCrmAtScale.WORKSPACE + ".example");
            TacitClient topClient = api.as(top);
            String knowledgeQuery = knowledge(topClient, superuser, tenant, report);
            try (Statement s = superuser.createStatement()) {
                s.execute("create extension if not exists pg_stat_statements");
            }
            URI base = server.baseUri().resolve("/api/v1/");
            UUID busy;
            try (Connection app = DriverManager.getConnection(db.settings().url(), db.settings().appUser(),
                    db.settings().appPassword())) {
                busy = CoreCrmAtScale.busiestAccount(app, tenant);
            }
            String deep = CoreCrmAtScale.cursorAt(topClient, 5_000);
            Latency latency = new Latency(report, superuser, base);
            report.line(String.format("one connection, %d s each after %d s of warm-up under 4 connections; SQL: "
                    + "pg_stat_statements over the same requests", MEASURED.toSeconds(), WARM_UP.toSeconds()));
            latency.of("accounts, first page of 50 (top role)", top, "accounts?limit=50");
            latency.of("accounts, page 5,000 rows deep", top, "accounts?limit=50&cursor=" + deep);
            latency.of("accounts, first page of 50 (a rep)", rep, "accounts?limit=50");
            latency.of("accounts, first page of 20 (a manager)", manager, "accounts?limit=20");
            latency.of("name search 'summit'", top, "accounts?limit=50&q=summit");
            latency.of("name search '恒信'", top, "accounts?limit=50&q=" + encode("恒信"));
            latency.of("customer timeline, 50 footprints", top, "accounts/" + busy + "/timeline?limit=50");
            latency.of("knowledge search (plugin) '" + knowledgeQuery + "'", top, "x/knowledge/articles?limit=20&q="
                    + encode(knowledgeQuery));
            latency.of("knowledge list (plugin), newest 20", top, "x/knowledge/articles?limit=20");
            report.line(String.format("saturation: 16 connections on 2 wrk threads, %d s after the warm-up",
                    SATURATED.toSeconds()));
            saturate(report, base, "accounts, first page of 20 (a manager)", manager, "accounts?limit=20");
            saturate(report, base, "knowledge list (plugin), newest 20", top, "x/knowledge/articles?limit=20");
            saturate(report, base, "knowledge search (plugin)", top, "x/knowledge/articles?limit=20&q="
                    + encode(knowledgeQuery));
        }
        report.write();
    }

    /** Latency of one call at a time, with what PostgreSQL did for those same requests. */
    private record Latency(BenchmarkReport report, Connection superuser, URI base) {

        void of(String name, String bearer, String path) throws SQLException {
            URI url = base.resolve(path);
            Wrk.run(url, bearer, 1, 4, WARM_UP);
            reset(superuser);
            Wrk.Result r = Wrk.run(url, bearer, 1, 1, MEASURED);
            double[] sql = statements(superuser);
            report.line(String.format("%-44s REST %s | SQL per request: %.1f statements, %.3f ms executing | "
                    + "REST p50 / SQL %.1fx", name, r.latency(), sql[0] / r.requests(), sql[1] / r.requests(),
                    r.p50() / (sql[1] / r.requests())));
        }
    }

    private static void saturate(BenchmarkReport report, URI base, String name, String bearer, String path) {
        URI url = base.resolve(path);
        Wrk.run(url, bearer, 2, 16, WARM_UP);
        Wrk.Result r = Wrk.run(url, bearer, 2, 16, SATURATED);
        report.line(String.format("%-44s %,8.0f requests/s, %s", name, r.rate(), r.latency()));
    }

    private static void reset(Connection superuser) throws SQLException {
        try (Statement s = superuser.createStatement()) {
            s.execute("select pg_stat_statements_reset()");
        }
    }

    /** Statements and execution milliseconds of the application's role since the reset (BEGIN/COMMIT included). */
    private static double[] statements(Connection superuser) throws SQLException {
        try (Statement s = superuser.createStatement(); ResultSet rs = s.executeQuery("select coalesce(sum(calls), 0),"
                + " coalesce(sum(total_exec_time), 0) from pg_stat_statements where userid = (select oid from "
                + "pg_roles where rolname = '" + EmbeddedDatabase.APP + "')")) {
            rs.next();
            return new double[]{rs.getDouble(1), rs.getDouble(2)};
        }
    }

    private static String token(TacitClient api, String email) {
        var session = api.post("sessions", Json.createObjectBuilder().add("workspace", CoreCrmAtScale.WORKSPACE)
                .add("email", email).add("password", CoreCrmAtScale.PASSWORD).build());
        if (session.status() != 201) {
            throw new IllegalStateException("login of " + email + ": " + session.status() + " " + session.body());
        }
        return session.body().getString("token");
    }

    /** Switches the knowledge plugin on for the measured workspace and fills it once; the word to search for. */
    private static String knowledge(TacitClient top, Connection superuser, UUID tenant, BenchmarkReport report)
            throws Exception {
        var on = top.patch("plugins/knowledge", Json.createObjectBuilder().add("enabled", true).build(), null);
        if (on.status() != 200) {
            throw new IllegalStateException("the knowledge plugin is not active on the server: " + on.status());
        }
        ArticleText text = new ArticleText(new Random(11));
        long present;
        try (Statement s = superuser.createStatement(); ResultSet rs = s.executeQuery(
                "select count(*) from plugin_knowledge.article where tenant_id = '" + tenant + "'")) {
            rs.next();
            present = rs.getLong(1);
        }
        if (present == 0) {
            UUID admin = UUID.fromString(top.get("me").body().getString("id"));
            KnowledgeSearchAtScale.insert(superuser, new Workspace(tenant, admin, top), ARTICLES, text);
            try (Statement s = superuser.createStatement()) {
                s.execute("analyze plugin_knowledge.article; analyze plugin_knowledge.article_term");
            }
            present = ARTICLES;
        }
        report.line(String.format("knowledge: %,d articles in the measured workspace", present));
        return text.queries().get("English, rare word");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
