package io.tacitcrm.sample.bench;

import io.tacitcrm.testkit.EmbeddedDatabase;
import io.tacitcrm.testkit.LibertyServer;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The server at rising concurrency up to saturation and past it, with wrk (C, Debian's package) replaying a request
 * list of many users: the top role and 20 reps of the 200,000-customer workspace ({@link CoreCrmAtScale}'s
 * data, 1,000 small workspaces beside it) and the administrators of 20 small workspaces signed up for it. Two mixes:
 * reads only (lists, a customer, a timeline, a name search, the home dashboard) and 80 % of those with 20 % writes
 * (footprints, stage moves, edits). Each step reports requests/s, p50/p95/p99, answers by status (503: refused at
 * capacity), the cores used by the server, PostgreSQL and wrk, and the server's resident memory.
 *
 * <p>Run after building: {@code mvn -pl tenants-sample exec:java -Dexec.mainClass=io.tacitcrm.sample.bench.LoadCurve
 * -Dtacit.wlp.dir=$PWD/ui/target/liberty/wlp} ({@code -Dtacit.bench.steps=1,8,64}, {@code -Dtacit.bench.seconds=20})
 */
public final class LoadCurve {

    private static final int[] STEPS = Arrays.stream(System.getProperty("tacit.bench.steps",
            "1,4,8,16,32,64,128,256").split(",")).mapToInt(Integer::parseInt).toArray();
    private static final Duration MEASURED = Duration.ofSeconds(Integer.getInteger("tacit.bench.seconds", 20));
    /**
     * Saturated, the server's JIT gets a thread's share of the cores: 90 s measured a server still compiling, its
     * throughput still rising for minutes after (docs/performance.md, "A seventh look").
     */
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("tacit.bench.warmup", 300));
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int SMALL_WORKSPACES = 20;
    private static final int REPS = 20;
    private static final int LINES = 4_000;
    private static final String[] WORDS = {"summit", "harbor", "恒信", "上海", "科技"};

    private LoadCurve() {
    }

    /** One request of a list, and the call it makes ("list", "search", ...). */
    private record Line(String call, String text) {
    }

    /** Who sends requests: a token and the customers (and deals) that user may work on. */
    private record User(String token, List<UUID> customers, List<UUID> deals) {
    }

    public static void main(String[] args) throws Exception {
        Wrk.requireInstalled();
        BenchmarkReport report = new BenchmarkReport("load-curve");
        Path wlp = Path.of(System.getProperty("tacit.wlp.dir", "../ui/target/liberty/wlp")).toAbsolutePath();
        Path out = Files.createDirectories(Path.of("target/benchmarks")).toAbsolutePath();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(CoreCrmAtScale.DATABASE, CoreCrmAtScale.DATABASE_PORT);
             LibertyServer server = LibertyServer.startCopy(wlp, "tacit", 19186, db.settings().environment(),
                     Optional.of(out.resolve("load-curve-server-console.log")))) {
            server.awaitReady(Duration.ofMinutes(5));
            long pid = javaPid(server);
            report.line(String.format("%d cores, %d MiB of memory; server resident after start: %d MiB",
                    Runtime.getRuntime().availableProcessors(), totalMemoryMib(),
                    ProcessCpu.residentMib(pid)[0]));
            TacitClient api = new TacitClient(server.baseUri());
            UUID tenant = CoreCrmAtScale.generatedTenant(api, db, report);
            List<User> users = new ArrayList<>(bigWorkspaceUsers(api, db, tenant));
            users.addAll(smallWorkspaceUsers(api, db));
            Path script = out.resolve("wrk-mix.lua");
            try (InputStream lua = LoadCurve.class.getResourceAsStream("wrk-mix.lua")) {
                Files.copy(lua, script, StandardCopyOption.REPLACE_EXISTING);
            }
            var process = api.as(users.getFirst().token()).get("process").body().getJsonArray("stages");
            List<String> stages = List.of(process.getJsonObject(2).getString("id"),
                    process.getJsonObject(3).getString("id"));
            List<Line> lines = requests(users, stages, true);
            Path reads = write(out.resolve("load-reads.tsv"), requests(users, stages, false));
            Path mixed = write(out.resolve("load-mixed.tsv"), lines);
            URI base = server.baseUri();
            report.line(String.format("%d users (%d of the big workspace, %d small workspaces), %d-line request lists;"
                    + " warm-up %d s at 16 connections, then %d s per step", users.size(), users.size()
                    - SMALL_WORKSPACES, SMALL_WORKSPACES, LINES, WARM_UP.toSeconds(), MEASURED.toSeconds()));
            Wrk.mix(base, script, mixed, 16, WARM_UP, TIMEOUT);
            perCall(report, base, script, out, lines);
            for (Map.Entry<String, Path> mix : Map.of("reads only", reads, "80 % reads, 20 % writes", mixed)
                    .entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
                report.line(mix.getKey() + ":");
                report.line(String.format("  %11s %9s %9s %9s %9s %8s %8s %7s  %s", "connections", "req/s", "p50 ms",
                        "p95 ms", "p99 ms", "2xx", "503", "other", "cores used; server resident MiB"));
                for (int connections : STEPS) {
                    Wrk.mix(base, script, mix.getValue(), connections, Duration.ofSeconds(5), TIMEOUT);
                    ProcessCpu.Snapshot before = ProcessCpu.now();
                    Wrk.MixResult r = Wrk.mix(base, script, mix.getValue(), connections, MEASURED, TIMEOUT);
                    ProcessCpu.Snapshot after = ProcessCpu.now();
                    long[] resident = ProcessCpu.residentMib(pid);
                    report.line(String.format("  %11d %9.0f %9.2f %9.2f %9.2f %8d %8d %7d  %s; %d (peak %d)",
                            connections, r.rate(), r.p50(), r.p95(), r.p99(), r.withStatus(200, 300),
                            r.withStatus(503, 504), r.requests() - r.withStatus(200, 300) - r.withStatus(503, 504)
                                    + r.unanswered(), after.coresSince(before), resident[0], resident[1]));
                    if (r.requests() - r.withStatus(200, 300) - r.withStatus(503, 504) > 0) {
                        report.line("    other answers: " + r.statuses() + ", unanswered " + r.unanswered());
                    }
                }
            }
        }
        report.write();
    }

    private static List<User> bigWorkspaceUsers(TacitClient api, EmbeddedDatabase db, UUID tenant) throws Exception {
        List<User> users = new ArrayList<>();
        try (Connection c = db.superuser().getConnection()) {
            String top = api.login(CoreCrmAtScale.WORKSPACE, CoreCrmAtScale.TOP, CoreCrmAtScale.PASSWORD).bearer();
            List<UUID> anyCustomers = customers(c, tenant, Optional.empty());
            users.add(new User(top, anyCustomers, deals(api.as(top), anyCustomers.subList(0, 10))));
            for (int i = 0; i < REPS; i++) {
                String email = "rep" + i + "@bench.example";
                String token = api.login(CoreCrmAtScale.WORKSPACE, email, CoreCrmAtScale.PASSWORD).bearer();
                users.add(new User(token, customers(c, tenant, Optional.of(email)), List.of()));
            }
        }
        return users;
    }

    /** Small workspaces signed up through the API (once per database), each with 20 customers. */
    private static List<User> smallWorkspaceUsers(TacitClient api, EmbeddedDatabase db) throws SQLException {
        try (Connection c = db.superuser().getConnection(); Statement s = c.createStatement()) {
            s.execute("update signup_policy set max_per_address_per_day = greatest(max_per_address_per_day, 1000)");
        }
        List<User> users = new ArrayList<>();
        for (int i = 0; i < SMALL_WORKSPACES; i++) {
            String workspace = "load-small-" + i;
            String email = "admin@" + workspace + ".example";
            api.post("signup", Json.createObjectBuilder().add("company", "Small " + i).add("workspace", workspace)
                    .add("adminName", "Admin").add("adminEmail", email).add("password", CoreCrmAtScale.PASSWORD)
                    .add("locale", i % 2 == 0 ? "en" : "zh-CN").build());
            TacitClient admin = api.login(workspace, email, CoreCrmAtScale.PASSWORD);
            List<UUID> customers = new ArrayList<>();
            admin.get("accounts?limit=50").body().getJsonArray("items")
                    .forEach(a -> customers.add(UUID.fromString(a.asJsonObject().getString("id"))));
            while (customers.size() < 20) {
                customers.add(UUID.fromString(admin.post("accounts", Json.createObjectBuilder().add("name",
                        "Kunde " + i + "-" + customers.size()).build()).body().getString("id")));
            }
            users.add(new User(admin.bearer(), customers, List.of()));
        }
        return users;
    }

    /** Up to 50 customers the user owns (any of the workspace's without an email). */
    private static List<UUID> customers(Connection c, UUID tenant, Optional<String> owner) throws SQLException {
        String sql = "select a.id from account a" + (owner.isPresent() ? " join app_user u on u.tenant_id ="
                + " a.tenant_id and u.id = a.owner_id and u.email = ?" : "") + " where a.tenant_id = ? order by a.id"
                + " limit 50";
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int at = 1;
            if (owner.isPresent()) {
                ps.setString(at++, owner.get());
            }
            ps.setObject(at, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no customers for " + owner);
        }
        return ids;
    }

    /** One deal per customer whose later stages' requirements (a contact, a visit, a quote) are met. */
    private static List<UUID> deals(TacitClient top, List<UUID> customers) {
        List<UUID> deals = new ArrayList<>();
        for (UUID customer : customers) {
            String contact = top.get("contacts?accountId=" + customer).body().getJsonArray("items").getJsonObject(0)
                    .getString("id");
            String deal = top.post("opportunities", Json.createObjectBuilder().add("accountId", customer.toString())
                    .add("name", "Load deal").add("amount", 100000).add("closeDate", "2027-06-30")
                    .add("primaryContactId", contact).build()).body().getString("id");
            for (String type : new String[]{"VISIT", "QUOTE"}) {
                top.post("activities", Json.createObjectBuilder().add("type", type).add("status", "DONE")
                        .add("subject", type).add("occurredAt", "2026-11-20T10:00:00+08:00")
                        .add("opportunityId", deal).build());
            }
            deals.add(UUID.fromString(deal));
        }
        return deals;
    }

    /** A shuffled list of requests: who sends each is drawn at random, what is sent by the mix's weights. */
    /** Each call alone, one connection: its latency and the CPU it costs the server and PostgreSQL. */
    private static void perCall(BenchmarkReport report, URI base, Path script, Path out, List<Line> lines)
            throws IOException {
        report.line("each call alone, one connection, 10 s: latency, and CPU per request of the server and PostgreSQL");
        for (String call : lines.stream().map(Line::call).distinct().sorted().toList()) {
            Path file = write(out.resolve("load-" + call + ".tsv"), lines.stream().filter(l -> l.call().equals(call))
                    .toList());
            ProcessCpu.Snapshot before = ProcessCpu.now();
            Wrk.MixResult r = Wrk.mix(base, script, file, 1, Duration.ofSeconds(10), TIMEOUT);
            ProcessCpu.Snapshot after = ProcessCpu.now();
            report.line(String.format("  %-10s %7.0f req/s, p50 %6.2f ms, p99 %6.2f ms; CPU ms per request: %s; "
                    + "answers %s", call, r.rate(), r.p50(), r.p99(), after.millisPer(before, r.requests()),
                    r.statuses()));
        }
    }

    private static List<Line> requests(List<User> users, List<String> stages, boolean writes) {
        Random random = new Random(19);
        Map<String, Integer> weights = new LinkedHashMap<>();
        weights.put("list", 25);
        weights.put("customer", 15);
        weights.put("timeline", 15);
        weights.put("search", 10);
        weights.put("home", 15);
        if (writes) {
            weights.put("footprint", 12);
            weights.put("edit", 4);
            weights.put("stage", 4);
        }
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        User top = users.getFirst(); // the deals whose stages move are the top role's
        List<Line> lines = new ArrayList<>();
        while (lines.size() < LINES) {
            User user = users.get(random.nextInt(users.size()));
            String customer = "/api/v1/accounts/" + user.customers().get(random.nextInt(user.customers().size()));
            int draw = random.nextInt(total);
            String call = weights.entrySet().stream().filter(e -> draw < cumulative(weights, e.getKey())).findFirst()
                    .orElseThrow().getKey();
            String line = switch (call) {
                case "list" -> "GET\t/api/v1/accounts?limit=50\t" + user.token();
                case "customer" -> "GET\t" + customer + "\t" + user.token();
                case "timeline" -> "GET\t" + customer + "/timeline?limit=50\t" + user.token();
                case "search" -> "GET\t/api/v1/accounts?limit=50&q=" + URLEncoder.encode(
                        WORDS[random.nextInt(WORDS.length)], StandardCharsets.UTF_8) + "\t" + user.token();
                case "home" -> "GET\t/api/v1/me/home\t" + user.token();
                case "footprint" -> "POST\t/api/v1/activities\t" + user.token() + "\t{\"type\":\"CALL\",\"status\":"
                        + "\"DONE\",\"subject\":\"Load call\",\"occurredAt\":\"2026-11-20T10:00:00+08:00\","
                        + "\"accountId\":\"" + customer.substring(customer.lastIndexOf('/') + 1) + "\"}";
                case "edit" -> "PATCH\t" + customer + "\t" + user.token() + "\t{\"phone\":\"+86 21 5555 "
                        + (1000 + random.nextInt(9000)) + "\"}";
                default -> "POST\t/api/v1/opportunities/" + top.deals().get(random.nextInt(top.deals().size()))
                        + "/stage\t" + top.token() + "\t{\"stageId\":\"" + stages.get(random.nextInt(2)) + "\"}";
            };
            lines.add(new Line(call, line));
        }
        return lines;
    }

    private static int cumulative(Map<String, Integer> weights, String upTo) {
        int sum = 0;
        for (Map.Entry<String, Integer> e : weights.entrySet()) {
            sum += e.getValue();
            if (e.getKey().equals(upTo)) {
                return sum;
            }
        }
        return sum;
    }

    private static Path write(Path file, List<Line> lines) throws IOException {
        return Files.write(file, lines.stream().map(Line::text).toList(), StandardCharsets.UTF_8);
    }

    static long javaPid(LibertyServer server) {
        // bin/server runs Java in its own process (exec) or as a child, depending on the script's path
        return Stream.concat(Stream.of(server.process().toHandle()), server.process().descendants())
                .filter(p -> p.info().command().orElse("").endsWith("/java"))
                .findFirst().map(ProcessHandle::pid).orElseThrow(() -> new IllegalStateException("no server JVM"));
    }

    private static long totalMemoryMib() throws IOException {
        return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(0);
    }
}
