package io.tacitcrm.sample.bench;

import io.tacitcrm.sample.bench.LoadDriver.Call;
import io.tacitcrm.sample.bench.LoadDriver.Run;
import io.tacitcrm.sample.bench.LoadDriver.Sample;
import io.tacitcrm.sample.bench.LoadDriver.Written;
import io.tacitcrm.testkit.DatabaseSettings;
import io.tacitcrm.testkit.EmbeddedDatabase;
import io.tacitcrm.testkit.LibertyServer;
import io.tacitcrm.testkit.TacitClient;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The same mixed workload (80 % reads: first page, a customer, a timeline, a name search, the home dashboard; 20 %
 * writes: footprints and new customers) from {@code tacit.bench.users} users against a server on the database at
 * {@code tacit.bench.database.url}: one PostgreSQL, or a Citus coordinator with one or two workers
 * ({@code scale-out/bench.sh} runs all three). With {@code -Dtacit.bench.move=force_logical} or {@code block_writes}
 * (a cluster with two workers), the workspace is isolated on shards of its own and moved to the other worker while the
 * load runs, by the operators' own {@code scale-out/citus.sh move}; the figures of the requests during the move are
 * reported apart ({@code -Dtacit.bench.isolate-first=true}: isolated before the load, so that the move is
 * measured alone). Afterwards every write the server acknowledged is looked up.
 *
 * <p>Run after building: {@code mvn -pl tenants-sample exec:java
 * -Dexec.mainClass=io.tacitcrm.sample.bench.ScaleOutUnderLoad -Dtacit.wlp.dir=$PWD/ui/target/liberty/wlp
 * -Dtacit.bench.database.url=jdbc:postgresql://127.0.0.1:15440/tacit -Dtacit.bench.label=cluster-2}
 */
public final class ScaleOutUnderLoad {

    static final String WORKSPACE = "scale-bench";
    static final CrmDataGenerator.Size SIZE = new CrmDataGenerator.Size(20, 20_000, 2, 20_000, 200_000, 100);
    private static final int USERS = Integer.getInteger("tacit.bench.users", 16);
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("tacit.bench.warmup", 30));
    private static final Duration MEASURED = Duration.ofSeconds(Integer.getInteger("tacit.bench.seconds", 60));
    private static final String[] WORDS = {"summit", "harbor", "恒信", "上海"};

    private ScaleOutUnderLoad() {
    }

    public static void main(String[] args) throws Exception {
        String label = System.getProperty("tacit.bench.label", "database");
        String url = System.getProperty("tacit.bench.database.url", "jdbc:postgresql://127.0.0.1:15440/tacit");
        Optional<String> move = Optional.ofNullable(System.getProperty("tacit.bench.move")).filter(m -> !m.isBlank());
        BenchmarkReport report = new BenchmarkReport("scale-out-" + label + move.map(m -> "-move-" + m).orElse(""));
        Path wlp = Path.of(System.getProperty("tacit.wlp.dir", "../ui/target/liberty/wlp")).toAbsolutePath();
        Files.createDirectories(Path.of("target/benchmarks"));
        DatabaseSettings settings = new DatabaseSettings(url, EmbeddedDatabase.APP, "tacit-app-local",
                EmbeddedDatabase.OWNER, "tacit-owner-local");
        PGSimpleDataSource superuser = new PGSimpleDataSource();
        superuser.setURL(url);
        superuser.setUser(System.getProperty("tacit.bench.database.superuser", "postgres"));
        try (LibertyServer server = LibertyServer.startCopy(wlp, "tacit", 19185, settings.environment(),
                Optional.of(Path.of("target/benchmarks/scale-out-server-console.log").toAbsolutePath()))) {
            server.awaitReady(Duration.ofMinutes(5));
            report.line(String.format("database %s (%s); %d users, closed loop; %d s warm-up, %d s measured",
                    url, label, USERS, WARM_UP.toSeconds(), MEASURED.toSeconds()));
            TacitClient api = new TacitClient(server.baseUri());
            UUID tenant = CoreCrmAtScale.generatedTenant(api, superuser, report, WORKSPACE, SIZE, 7);
            String top = api.login(WORKSPACE, "top@" + WORKSPACE + ".example", CoreCrmAtScale.PASSWORD).bearer();
            List<UUID> accounts = accounts(superuser, tenant);
            LoadDriver driver = new LoadDriver(mix(server.baseUri().resolve("/api/v1/"), top, accounts));
            if (move.isPresent() && Boolean.getBoolean("tacit.bench.isolate-first")) {
                // the split holds writes (docs/scale-out.md): done before the load, the move is measured alone
                citus(superuser.getPortNumbers()[0], "isolate", tenant.toString()).forEach(report::line);
            }
            driver.run(USERS, WARM_UP);
            if (move.isPresent()) {
                measureWithMove(report, driver, superuser, tenant, move.get());
            } else {
                Run run = driver.run(USERS, MEASURED);
                report.line("mixed workload: " + run.summary());
                perCall(report, run);
                report.line("acknowledged writes missing afterwards: " + missing(superuser, run.written()));
            }
        }
        report.write();
    }

    /** 80 % reads, 20 % writes, over the workspace's customers. */
    private static List<Call> mix(URI api, String bearer, List<UUID> accounts) {
        return List.of(
                new Call("accounts, first page", 30, Optional.empty(), r -> LoadDriver.get(api, bearer,
                        "accounts?limit=50")),
                new Call("a customer", 15, Optional.empty(), r -> LoadDriver.get(api, bearer, "accounts/"
                        + accounts.get(r.nextInt(accounts.size())))),
                new Call("a timeline", 15, Optional.empty(), r -> LoadDriver.get(api, bearer, "accounts/"
                        + accounts.get(r.nextInt(accounts.size())) + "/timeline?limit=50")),
                new Call("name search", 10, Optional.empty(), r -> LoadDriver.get(api, bearer, "accounts?limit=50&q="
                        + URLEncoder.encode(WORDS[r.nextInt(WORDS.length)], StandardCharsets.UTF_8))),
                new Call("home dashboard", 10, Optional.empty(), r -> LoadDriver.get(api, bearer, "me/home")),
                new Call("log a footprint", 15, Optional.of("activity"), r -> LoadDriver.post(api, bearer,
                        "activities", "{\"type\":\"CALL\",\"status\":\"DONE\",\"subject\":\"Load call\","
                                + "\"occurredAt\":\"2026-11-20T10:00:00+08:00\",\"accountId\":\""
                                + accounts.get(r.nextInt(accounts.size())) + "\"}")),
                new Call("add a customer", 5, Optional.of("account"), r -> LoadDriver.post(api, bearer, "accounts",
                        "{\"name\":\"Load customer " + UUID.randomUUID() + "\"}")));
    }

    /**
     * The measured run with the workspace isolated and moved during it, 10 s in: the requests before, during and
     * after the two steps, apart.
     */
    private static void measureWithMove(BenchmarkReport report, LoadDriver driver, PGSimpleDataSource superuser,
            UUID tenant, String mode) throws Exception {
        long began = System.nanoTime();
        CompletableFuture<Run> load = CompletableFuture.supplyAsync(() -> {
            try {
                return driver.run(USERS, MEASURED);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        TimeUnit.SECONDS.sleep(10);
        List<String> steps = new ArrayList<>();
        long[] window = new long[2];
        try (Connection c = superuser.getConnection()) {
            steps.add("before: " + placement(c, tenant));
            window[0] = System.nanoTime() - began;
            steps.addAll(citus(superuser.getPortNumbers()[0], "move", tenant.toString(), mode));
            window[1] = System.nanoTime() - began;
            steps.add(String.format("move (%s) in all: %d ms, now on %s", mode, (window[1] - window[0]) / 1_000_000,
                    placement(c, tenant)));
        }
        Run run = load.get();
        long offset = run.beganNanos() - began;
        steps.forEach(report::line);
        report.line("whole run: " + run.summary());
        report.line("during the isolation and move (" + (window[1] - window[0]) / 1_000_000 + " ms): " + during(run,
                window[0] - offset, window[1] - offset));
        perCall(report, run);
        report.line("acknowledged writes missing afterwards: " + missing(superuser, run.written()));
    }

    private static String during(Run run, long from, long to) {
        List<Sample> in = run.samples().stream().filter(s -> s.startNanos() + s.latencyNanos() >= from
                && s.startNanos() <= to).toList();
        return String.format("%,d requests, %d failed, %s, worst %.0f ms", in.size(),
                in.stream().filter(Sample::failed).count(), LoadDriver.latencies(in).summary(),
                in.stream().mapToLong(Sample::latencyNanos).max().orElse(0) / 1e6);
    }

    private static void perCall(BenchmarkReport report, Run run) {
        Map<String, List<Sample>> byCall = run.samples().stream().collect(Collectors.groupingBy(Sample::call));
        byCall.forEach((call, samples) -> report.line(String.format("  %-22s %s, %d failed", call,
                LoadDriver.latencies(samples).summary(), samples.stream().filter(Sample::failed).count())));
    }

    /** Node (host:port) holding the workspace's customers. */
    private static String placement(Connection c, UUID tenant) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select nodename || ':' || nodeport from citus_shards where "
                + "shardid = get_shard_id_for_distribution_column('account', ?)")) {
            ps.setObject(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** {@code scale-out/citus.sh isolate} or {@code move}, the operators' procedure; answers the lines it logged. */
    private static List<String> citus(int coordinatorPort, String... command) throws Exception {
        Path script = Path.of(System.getProperty("tacit.bench.citus", "../scale-out/citus.sh")).toAbsolutePath();
        List<String> line = new ArrayList<>(List.of("bash", script.toString()));
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true);
        builder.environment().put("CITUS_PORT", Integer.toString(coordinatorPort));
        Process process = builder.start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .toList();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("citus.sh " + command[0] + " failed: " + String.join("\n", lines));
        }
        return lines;
    }

    private static List<UUID> accounts(PGSimpleDataSource superuser, UUID tenant) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (Connection c = superuser.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select id from account where tenant_id = ? order by id limit 2000")) {
            ps.setObject(1, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return ids;
    }

    /** How many acknowledged writes are not in their tables. */
    private static long missing(PGSimpleDataSource superuser, List<Written> written) throws SQLException {
        long missing = 0;
        Map<String, List<UUID>> byTable = written.stream().collect(Collectors.groupingBy(Written::table,
                Collectors.mapping(Written::id, Collectors.toList())));
        try (Connection c = superuser.getConnection()) {
            for (Map.Entry<String, List<UUID>> table : byTable.entrySet()) {
                try (PreparedStatement ps = c.prepareStatement("select count(*) from " + table.getKey()
                        + " where id = any(?)")) {
                    ps.setArray(1, c.createArrayOf("uuid", table.getValue().toArray()));
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        missing += table.getValue().size() - rs.getLong(1);
                    }
                }
            }
        }
        return missing;
    }
}
