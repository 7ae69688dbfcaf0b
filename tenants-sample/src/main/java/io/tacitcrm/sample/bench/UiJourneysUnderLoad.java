package io.tacitcrm.sample.bench;

import io.tacitcrm.testkit.EmbeddedDatabase;
import io.tacitcrm.testkit.HeadlessChromium;
import io.tacitcrm.testkit.LibertyServer;
import io.tacitcrm.testkit.TacitClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reps working in the screens at once: N users, each in a headless Chromium of their own, sign in once and then walk
 * the rep's round ({@link RepJourney}: the customers, a customer, log a footprint there) again and again for the
 * measured time. For each N: rounds finished, each step's p50/p95 and the whole round's, the server's and
 * PostgreSQL's CPU per round, the cores they used, and the server's resident memory. The browsers run on the same two
 * cores as the server, so past a few users the figures say as much about Chromium as about the server. (A new
 * browser context for every round was tried first: Chromium's cold start and its download and parsing of the
 * application's script, on every sign-in, took most of the time.)
 *
 * <p>Run after building: {@code mvn -pl tenants-sample exec:java
 * -Dexec.mainClass=io.tacitcrm.sample.bench.UiJourneysUnderLoad -Dtacit.wlp.dir=$PWD/ui/target/liberty/wlp}
 * ({@code -Dtacit.bench.users=1,2,4,8}, {@code -Dtacit.bench.seconds=40})
 */
public final class UiJourneysUnderLoad {

    private static final int[] USERS = Arrays.stream(System.getProperty("tacit.bench.users", "1,2,4,8").split(","))
            .mapToInt(Integer::parseInt).toArray();
    private static final Duration MEASURED = Duration.ofSeconds(Integer.getInteger("tacit.bench.seconds", 40));
    private static final List<String> STEPS = List.of("sign in (once a user)", "customers", "a customer",
            "log a footprint", "round");
    private static final int WARM_UP_ROUNDS = 10;

    private UiJourneysUnderLoad() {
    }

    /** Step durations of the rounds one user finished, in the order of {@link #STEPS}. */
    private record Timings(List<Stats> steps, int rounds) {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkReport report = new BenchmarkReport("ui-journeys-under-load");
        Path wlp = Path.of(System.getProperty("tacit.wlp.dir", "../ui/target/liberty/wlp")).toAbsolutePath();
        Path out = Files.createDirectories(Path.of("target/benchmarks")).toAbsolutePath();
        Path data = Path.of("target/bench-ui-load-db");
        LibertyServer.deleteRecursively(data);
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 15496);
             LibertyServer server = LibertyServer.startCopy(wlp, "tacit", 19188, db.settings().environment(),
                     Optional.of(out.resolve("ui-journeys-server-console.log")))) {
            server.awaitReady(Duration.ofMinutes(5));
            long pid = LoadCurve.javaPid(server);
            List<String> customers = RepJourney.workspace(new TacitClient(server.baseUri()));
            AtomicInteger made = new AtomicInteger();
            // the first rounds compile the server's code and load its classes
            user(server, customers, made, Duration.ofDays(1), WARM_UP_ROUNDS);
            report.line(String.format("%d cores; %d warm-up rounds; then each number of users for %d s; server"
                            + " resident after the warm-up %d MiB", Runtime.getRuntime().availableProcessors(),
                    WARM_UP_ROUNDS, MEASURED.toSeconds(), ProcessCpu.residentMib(pid)[0]));
            report.line(String.format("  %5s %6s %8s  %-80s %-32s %s", "users", "rounds", "rounds/s",
                    "p50 / p95 ms: " + String.join(", ", STEPS), "CPU ms per round", "cores used; server"
                            + " resident MiB"));
            for (int users : USERS) {
                ExecutorService pool = Executors.newFixedThreadPool(users);
                ProcessCpu.Snapshot before = ProcessCpu.now();
                List<Future<Timings>> running = new ArrayList<>();
                for (int u = 0; u < users; u++) {
                    running.add(pool.submit(() -> user(server, customers, made, MEASURED, Integer.MAX_VALUE)));
                }
                List<Timings> done = new ArrayList<>();
                for (Future<Timings> f : running) {
                    done.add(f.get());
                }
                ProcessCpu.Snapshot after = ProcessCpu.now();
                pool.shutdown();
                long[] resident = ProcessCpu.residentMib(pid);
                int rounds = done.stream().mapToInt(Timings::rounds).sum();
                double seconds = (after.nanos() - before.nanos()) / 1e9;
                report.line(String.format("  %5d %6d %8.2f  %-80s %-32s %s; %d (peak %d)", users, rounds,
                        rounds / seconds, percentiles(done), after.millisPer(before, rounds),
                        after.coresSince(before), resident[0], resident[1]));
            }
        }
        report.write();
    }

    /** One user in a browser of their own: signs in, then rounds until the time is up (at least one) or enough. */
    private static Timings user(LibertyServer server, List<String> customers, AtomicInteger made, Duration time,
            int most) {
        List<Stats> steps = new ArrayList<>();
        STEPS.forEach(s -> steps.add(new Stats(10_000)));
        int rounds = 0;
        try (HeadlessChromium chromium = new HeadlessChromium()) {
            RepJourney journey = new RepJourney(chromium.browser(), server.baseUri(), made.get() % 2 != 0);
            long start = System.nanoTime();
            journey.signIn();
            steps.getFirst().add(System.nanoTime() - start);
            long deadline = System.nanoTime() + time.toNanos();
            do {
                int n = made.getAndIncrement();
                long[] at = new long[4];
                at[0] = System.nanoTime();
                journey.customers();
                at[1] = System.nanoTime();
                journey.customer(customers.get(n % customers.size()));
                at[2] = System.nanoTime();
                journey.footprint("Visit " + n);
                at[3] = System.nanoTime();
                for (int s = 1; s < 4; s++) {
                    steps.get(s).add(at[s] - at[s - 1]);
                }
                steps.get(4).add(at[3] - at[0]);
                rounds++;
            } while (System.nanoTime() < deadline && rounds < most);
            journey.close();
        }
        return new Timings(steps, rounds);
    }

    /** Each step's p50 / p95 over all users' rounds, in milliseconds. */
    private static String percentiles(List<Timings> users) {
        List<String> each = new ArrayList<>();
        for (int s = 0; s < STEPS.size(); s++) {
            Stats all = new Stats(users.stream().mapToInt(Timings::rounds).sum() + users.size());
            for (Timings t : users) {
                t.steps().get(s).copyTo(all);
            }
            each.add(String.format("%.0f / %.0f", all.percentileMillis(50), all.percentileMillis(95)));
        }
        return String.join(", ", each);
    }
}
