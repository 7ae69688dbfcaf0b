package io.tacitcrm.sample.bench;

import static io.tacitcrm.sample.bench.CoreCrmAtScale.PASSWORD;
import static io.tacitcrm.sample.bench.CoreCrmAtScale.TOP;
import static io.tacitcrm.sample.bench.CoreCrmAtScale.WORKSPACE;
import static io.tacitcrm.sample.bench.CoreCrmAtScale.measure;

import io.tacitcrm.testkit.EmbeddedDatabase;
import io.tacitcrm.testkit.LibertyServer;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The analytics cockpit at scale, on {@link CoreCrmAtScale}'s tenant (200,000 accounts, 300,000 opportunities,
 * 3,000,000 footprints; generated on the first run of either benchmark): every dashboard call through REST as the top
 * role, as a sales manager over all 50 reps (the visibility conditions in every query) and as one rep. Then a small
 * neighbour tenant's customer list, alone and while the top role's dashboards are read without pause.
 *
 * <p>Run after building: {@code mvn -pl tenants-sample exec:java
 * -Dexec.mainClass=io.tacitcrm.sample.bench.AnalyticsAtScale -Dtacit.wlp.dir=$PWD/ui/target/liberty/wlp}
 */
public final class AnalyticsAtScale {

    private static final String NEIGHBOUR = "analytics-neighbour";
    /** Fewer requests per figure than the core benchmark: 21 figures, some of a few hundred milliseconds. */
    private static final int RUNS = 200;
    private static final int WARM_UP = 50;

    private AnalyticsAtScale() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkReport report = new BenchmarkReport("analytics-at-scale");
        Path wlp = Path.of(System.getProperty("tacit.wlp.dir", "../ui/target/liberty/wlp")).toAbsolutePath();
        Files.createDirectories(Path.of("target/benchmarks"));
        try (EmbeddedDatabase db = EmbeddedDatabase.start(CoreCrmAtScale.DATABASE, CoreCrmAtScale.DATABASE_PORT);
             LibertyServer server = LibertyServer.startCopy(wlp, "tacit", 19183, db.settings().environment(),
                     Optional.of(Path.of("target/benchmarks/analytics-server-console.log").toAbsolutePath()))) {
            server.awaitReady(Duration.ofMinutes(5));
            TacitClient api = new TacitClient(server.baseUri());
            CoreCrmAtScale.generatedTenant(api, db, report);
            TacitClient top = api.login(WORKSPACE, TOP, PASSWORD);
            switchOn(top);
            TacitClient manager = api.login(WORKSPACE, manager(top), PASSWORD);
            TacitClient rep = api.login(WORKSPACE, "rep0@bench.example", PASSWORD);
            List<String> calls = calls();
            for (String call : calls) {
                measure(report, call + " (top role)", () -> top.get("x/analytics/" + call), Optional.empty(), RUNS,
                        WARM_UP);
                measure(report, call + " (manager, 50 reps)", () -> manager.get("x/analytics/" + call),
                        Optional.empty(), RUNS, WARM_UP);
                measure(report, call + " (a rep)", () -> rep.get("x/analytics/" + call), Optional.empty(), RUNS,
                        WARM_UP);
            }
            neighbourWhileDashboardsAreRead(report, api, top, calls);
        }
        report.write();
    }

    /**
     * Every cockpit figure over the periods the screens offer by default — a year for the 20/80 and the risk, half a
     * year of stage history, a month of activity — ending where the generated history ends, so each period is full;
     * the forecast for the quarter after it (its open deals' close dates).
     */
    private static List<String> calls() {
        LocalDate end = LocalDate.ofInstant(CrmDataGenerator.NOW, ZoneOffset.UTC).minusDays(1);
        String year = "from=" + end.minusDays(364) + "&to=" + end;
        String month = "from=" + end.minusDays(29) + "&to=" + end;
        return List.of("pareto?dimension=customers&" + year, "pareto?dimension=reps&" + year,
                "pipeline?from=" + end.minusDays(179) + "&to=" + end, "forecast?period=2027-Q1",
                "activity?groupBy=user&" + month, "activity?groupBy=team&" + month, "risk?" + year);
    }

    static void switchOn(TacitClient top) {
        var on = top.patch("plugins/analytics", Json.createObjectBuilder().add("enabled", true).build(), null);
        if (on.status() != 200) {
            throw new IllegalStateException("The server has no analytics module: " + on.status() + " " + on.body());
        }
    }

    /** A sales manager (third level of the default tree), above every generated rep. */
    private static String manager(TacitClient top) {
        String email = "manager@" + WORKSPACE + ".example";
        var roles = top.get("roles").body().getJsonArray("items").getValuesAs(JsonObject.class);
        String role = "";
        for (int level = 0; level < 3; level++) {
            String parent = role;
            role = roles.stream().filter(r -> r.getString("parentId", "").equals(parent)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("No chain of three roles in " + roles))
                    .getString("id");
        }
        var created = top.post("users", Json.createObjectBuilder().add("email", email).add("name", "Manager")
                .add("roleId", role).add("password", PASSWORD).build());
        if (created.status() != 201 && created.status() != 409) {
            throw new IllegalStateException("Manager: " + created.status() + " " + created.body());
        }
        return email;
    }

    /**
     * A small tenant's first page of customers, alone and then while one client reads the top role's dashboards in
     * a loop (each call in turn), with how many dashboard calls were answered meanwhile.
     */
    private static void neighbourWhileDashboardsAreRead(BenchmarkReport report, TacitClient api, TacitClient top,
                                                        List<String> calls) throws Exception {
        TacitClient neighbour = neighbour(api);
        measure(report, "neighbour's accounts, first page (alone)", () -> neighbour.get("accounts?limit=50"),
                Optional.empty(), 1_000, 200);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong answered = new AtomicLong();
        ExecutorService readers = Executors.newSingleThreadExecutor();
        try {
            Future<?> reading = readers.submit(() -> {
                for (int i = 0; running.get(); i++) {
                    if (top.get("x/analytics/" + calls.get(i % calls.size())).status() == 200) {
                        answered.incrementAndGet();
                    }
                }
            });
            long start = System.nanoTime();
            measure(report, "neighbour's accounts, first page (dashboards read)",
                    () -> neighbour.get("accounts?limit=50"), Optional.empty(), 1_000, 200);
            long seconds = Math.max(1, (System.nanoTime() - start) / 1_000_000_000);
            running.set(false);
            reading.get();
            report.line(String.format("dashboard calls answered meanwhile: %d in %d s", answered.get(), seconds));
        } finally {
            readers.shutdownNow();
        }
    }

    static TacitClient neighbour(TacitClient api) {
        String email = "admin@" + NEIGHBOUR + ".example";
        var signup = api.post("signup", Json.createObjectBuilder().add("company", "Neighbour").add("workspace",
                NEIGHBOUR).add("adminName", "Admin").add("adminEmail", email).add("password", PASSWORD)
                .add("locale", "en").build());
        TacitClient admin = api.login(NEIGHBOUR, email, PASSWORD);
        if (signup.status() == 201) {
            List<String> failed = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                var created = admin.post("accounts", Json.createObjectBuilder().add("name", "Neighbour customer " + i)
                        .build());
                if (created.status() != 201) {
                    failed.add(created.status() + " " + created.body());
                }
            }
            if (!failed.isEmpty()) {
                throw new IllegalStateException("Neighbour accounts failed: " + failed);
            }
        }
        return admin;
    }
}
