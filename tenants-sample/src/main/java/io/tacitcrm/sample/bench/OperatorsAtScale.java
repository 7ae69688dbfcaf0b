package io.tacitcrm.sample.bench;

import io.tacitcrm.identity.domain.PasswordHasher;
import io.tacitcrm.ops.domain.TotpSecret;
import io.tacitcrm.testkit.EmbeddedDatabase;
import io.tacitcrm.testkit.LibertyServer;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The operators' side at scale: 1,001 workspaces, one of them with 20,000 accounts, 40,000 contacts, 30,000 deals
 * and 300,000 footprints ({@link CrmDataGenerator}, seed 5). Measured through the operators' API: the workspace list
 * (first page by each order, a search, a page 500 deep), measuring the big workspace's usage, an export of it (rows
 * and megabytes a second) and its import as a new workspace, three times each.
 *
 * <p>Run after building: {@code mvn -pl tenants-sample exec:java
 * -Dexec.mainClass=io.tacitcrm.sample.bench.OperatorsAtScale -Dtacit.wlp.dir=$PWD/ui/target/liberty/wlp}
 */
public final class OperatorsAtScale {

    static final CrmDataGenerator.Size SIZE = new CrmDataGenerator.Size(20, 20_000, 2, 30_000, 300_000, 1_000);
    static final String WORKSPACE = "ops-bench";
    /** A new operator each run: on a database kept from an earlier run, that one's second factor is enrolled. */
    private static final String EMAIL = "bench-" + Instant.now().getEpochSecond() + "@ops.example";
    private static final String PASSWORD = "Bench-Operator-2026";
    private static final int RUNS = 100;
    private static final int WARM_UP = 50;
    private static final int ROUND_TRIPS = 3;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private OperatorsAtScale() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkReport report = new BenchmarkReport("operators-at-scale");
        Path wlp = Path.of(System.getProperty("tacit.wlp.dir", "../ui/target/liberty/wlp")).toAbsolutePath();
        Files.createDirectories(Path.of("target/benchmarks"));
        try (EmbeddedDatabase db = EmbeddedDatabase.start(Path.of("target/bench-ops-db"), 15497)) {
            Map<String, String> environment = new HashMap<>(db.settings().environment());
            environment.put("TACIT_OPS_EMAIL", EMAIL);
            environment.put("TACIT_OPS_PASSWORD_HASH", PasswordHasher.standard().hash(PASSWORD));
            try (LibertyServer server = LibertyServer.startCopy(wlp, "tacit", 19184, environment,
                    Optional.of(Path.of("target/benchmarks/ops-server-console.log").toAbsolutePath()))) {
                server.awaitReady(Duration.ofMinutes(5));
                UUID tenant = CoreCrmAtScale.generatedTenant(new TacitClient(server.baseUri()), db.superuser(), report,
                        WORKSPACE, SIZE, 5);
                TacitClient operator = signIn(server);
                workspaceList(report, operator);
                usage(report, operator, tenant);
                roundTrips(report, operator, server.baseUri().resolve("api/ops/v1/"), tenant, db);
            }
        }
        report.write();
    }

    private static void workspaceList(BenchmarkReport report, TacitClient operator) {
        for (String sort : new String[] {"name", "created", "size", "lastActivity"}) {
            CoreCrmAtScale.measure(report, "workspaces, first page by " + sort,
                    () -> operator.get("tenants?limit=50&sort=" + sort), Optional.empty(), RUNS, WARM_UP);
        }
        CoreCrmAtScale.measure(report, "workspaces, search 'bench'", () -> operator.get("tenants?limit=50&q=bench"),
                Optional.empty(), RUNS, WARM_UP);
        String cursor = null;
        for (int seen = 0; seen < 500; seen += 100) {
            JsonObject page = operator.get("tenants?limit=100&sort=size" + (cursor == null ? "" : "&cursor="
                    + cursor)).body();
            cursor = page.getString("nextCursor");
        }
        String deep = cursor;
        CoreCrmAtScale.measure(report, "workspaces, by size 500 deep",
                () -> operator.get("tenants?limit=50&sort=size&cursor=" + deep), Optional.empty(), RUNS, WARM_UP);
    }

    private static void usage(BenchmarkReport report, TacitClient operator, UUID tenant) {
        long start = System.nanoTime();
        TacitClient.Reply measured = operator.post("tenants/" + tenant + "/measurements",
                Json.createObjectBuilder().build());
        check(measured.status() == 200, "measurement", measured);
        report.line(String.format("usage of the big workspace measured in %,d ms: %s, %.1f MB", millis(start),
                measured.body().getJsonObject("records"), measured.body().getJsonNumber("storageBytes").longValue()
                        / 1e6));
    }

    /** Export, import as a new workspace, and check the counts: three times, each figure on a line of its own. */
    private static void roundTrips(BenchmarkReport report, TacitClient operator, URI base, UUID tenant,
            EmbeddedDatabase db) throws Exception {
        for (int run = 1; run <= ROUND_TRIPS; run++) {
            long start = System.nanoTime();
            HttpResponse<InputStream> export = HTTP.send(HttpRequest.newBuilder(base.resolve("tenants/" + tenant
                    + "/exports")).header("Authorization", "Bearer " + operator.bearer())
                    .header("Accept", "application/zip").POST(HttpRequest.BodyPublishers.noBody())
                    .timeout(Duration.ofMinutes(30)).build(), HttpResponse.BodyHandlers.ofInputStream());
            long firstByteMillis = millis(start);
            byte[] archive;
            try (InputStream in = export.body()) {
                archive = in.readAllBytes();
            }
            long exportMillis = millis(start);
            if (export.statusCode() != 200) {
                throw new IllegalStateException("export: " + export.statusCode() + " " + new String(archive,
                        StandardCharsets.UTF_8));
            }
            String copy = WORKSPACE + "-copy-" + Instant.now().getEpochSecond() + "-" + run;
            start = System.nanoTime();
            HttpResponse<String> upload = HTTP.send(HttpRequest.newBuilder(base.resolve("tenants/imports?workspace="
                    + copy + "&name=Copy")).header("Authorization", "Bearer " + operator.bearer())
                    .header("Content-Type", "application/zip").POST(HttpRequest.BodyPublishers.ofByteArray(archive))
                    .timeout(Duration.ofMinutes(30)).build(), HttpResponse.BodyHandlers.ofString());
            long importMillis = millis(start);
            if (upload.statusCode() != 201) {
                throw new IllegalStateException("import: " + upload.statusCode() + " " + upload.body());
            }
            JsonObject imported = Json.createReader(new StringReader(upload.body())).readObject();
            long rows = imported.getJsonNumber("rows").longValue();
            double megabytes = archive.length / 1e6;
            report.line(String.format("round trip %d: %,d rows in %d tables, archive %.1f MB; export %,d ms, first"
                    + " byte after %,d ms (%,.0f rows/s, %.1f MB/s); import %,d ms (%,.0f rows/s); accounts equal: %s",
                    run, rows, imported.getInt("tables"), megabytes, exportMillis, firstByteMillis,
                    rows * 1000.0 / exportMillis, megabytes * 1000 / exportMillis, importMillis,
                    rows * 1000.0 / importMillis,
                    accounts(db, tenant) == accounts(db, UUID.fromString(imported.getString("id")))));
        }
    }

    private static long accounts(EmbeddedDatabase db, UUID tenant) throws Exception {
        try (Connection c = db.superuser().getConnection();
             var ps = c.prepareStatement("select count(*) from account where tenant_id = ?")) {
            ps.setObject(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static TacitClient signIn(LibertyServer server) {
        TacitClient anonymous = TacitClient.operators(server.baseUri());
        TacitClient.Reply enrolment = anonymous.post("sessions/enrolment", Json.createObjectBuilder()
                .add("email", EMAIL).add("password", PASSWORD).build());
        check(enrolment.status() == 200, "enrolment", enrolment);
        TotpSecret secret = TotpSecret.fromBase32(enrolment.body().getString("secret"));
        TacitClient.Reply session = anonymous.post("sessions", Json.createObjectBuilder().add("email", EMAIL)
                .add("password", PASSWORD).add("code", secret.code(Instant.now())).build());
        check(session.status() == 201, "sign-in", session);
        return anonymous.as(session.body().getString("token"));
    }

    private static void check(boolean ok, String what, TacitClient.Reply reply) {
        if (!ok) {
            throw new IllegalStateException(what + ": " + reply.status() + " " + reply.body());
        }
    }

    private static long millis(long startNanos) {
        return Math.max(1, (System.nanoTime() - startNanos) / 1_000_000);
    }
}
