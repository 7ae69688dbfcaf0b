package io.tacitcrm.sample.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import io.tacitcrm.testkit.EmbeddedDatabase;
import io.tacitcrm.testkit.HeadlessChromium;
import io.tacitcrm.testkit.LibertyServer;
import io.tacitcrm.testkit.TacitClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a signed-in user's open UI costs the server: a browser (headless Chromium) walks the rep's journey — sign in,
 * open the customers, open a customer, log a footprint — and stays on the customer's page, its tab open (a closed
 * tab tells the server, which drops the UI and keeps only a small session). After each batch, the server's heap
 * after a full collection and its resident memory. Journeys run one after another; memory is measured, not speed.
 *
 * <p>Run after building: {@code mvn -pl tenants-sample exec:java
 * -Dexec.mainClass=io.tacitcrm.sample.bench.UiSessionsMemory -Dtacit.wlp.dir=$PWD/ui/target/liberty/wlp}
 * ({@code -Dtacit.bench.sessions=25,50,100})
 */
public final class UiSessionsMemory {

    private static final int[] STEPS = Arrays.stream(System.getProperty("tacit.bench.sessions", "10,25,50")
            .split(",")).mapToInt(Integer::parseInt).toArray();
    /** G1 prints one line for the heap, the parallel and serial collectors one per generation. */
    private static final Pattern HEAP_USED = Pattern.compile("(?:total|committed) (\\d+)K, used (\\d+)K");

    private UiSessionsMemory() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkReport report = new BenchmarkReport("ui-sessions-memory");
        Path wlp = Path.of(System.getProperty("tacit.wlp.dir", "../ui/target/liberty/wlp")).toAbsolutePath();
        Path out = Files.createDirectories(Path.of("target/benchmarks")).toAbsolutePath();
        Path data = Path.of("target/bench-ui-db");
        LibertyServer.deleteRecursively(data);
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, 15497);
             LibertyServer server = LibertyServer.startCopy(wlp, "tacit", 19187, db.settings().environment(),
                     Optional.of(out.resolve("ui-sessions-server-console.log")))) {
            server.awaitReady(Duration.ofMinutes(5));
            long pid = LoadCurve.javaPid(server);
            TacitClient api = new TacitClient(server.baseUri());
            List<String> customers = RepJourney.workspace(api);
            report.line(String.format("%d cores; server after start: heap after a full collection %s, resident %d"
                    + " MiB", Runtime.getRuntime().availableProcessors(), heap(pid), ProcessCpu.residentMib(pid)[0]));
            Browser browser = HeadlessChromium.shared();
            // the first journeys compile the server's code and load its classes: not a session's cost
            for (int i = 0; i < 5; i++) {
                journey(browser, server, customers.get(i), i).close();
            }
            double[] base = heapMib(pid);
            report.line(String.format("after 5 warm-up sessions: heap after a full collection %.1f MiB, resident %d"
                    + " MiB", base[1], ProcessCpu.residentMib(pid)[0]));
            List<BrowserContext> open = new ArrayList<>();
            int sessions = 0;
            for (int step : STEPS) {
                long started = System.nanoTime();
                for (; sessions < step; sessions++) {
                    open.add(journey(browser, server, customers.get(sessions % customers.size()), sessions));
                }
                double[] now = heapMib(pid);
                long[] resident = ProcessCpu.residentMib(pid);
                report.line(String.format("%4d tabs open: heap after a full collection %.1f MiB (%.0f KiB a"
                        + " session), committed %.0f MiB, resident %d MiB (peak %d); last batch %.1f s", step,
                        now[1], (now[1] - base[1]) * 1024 / step, now[0], resident[0], resident[1],
                        (System.nanoTime() - started) / 1e9));
            }
            open.forEach(BrowserContext::close);
        }
        report.write();
    }

    /** The journey in a new browser context, left open on the customer's page. */
    private static BrowserContext journey(Browser browser, LibertyServer server, String customer, int n) {
        RepJourney journey = new RepJourney(browser, server.baseUri(), n % 2 != 0);
        journey.signIn();
        journey.customers();
        journey.customer(customer);
        journey.footprint("Visit " + n);
        return journey.context();
    }

    /** Committed and used heap in MiB after a full collection. */
    private static double[] heapMib(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        String info = jcmd(pid, "GC.heap_info");
        Matcher m = HEAP_USED.matcher(info);
        double[] mib = new double[2];
        while (m.find()) {
            mib[0] += Long.parseLong(m.group(1)) / 1024.0;
            mib[1] += Long.parseLong(m.group(2)) / 1024.0;
        }
        if (mib[0] == 0) {
            throw new IllegalStateException("no heap figures from jcmd:\n" + info);
        }
        return mib;
    }

    private static String heap(long pid) throws IOException, InterruptedException {
        return String.format("%.1f MiB", heapMib(pid)[1]);
    }

    private static String jcmd(long pid, String command) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(pid), command).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        jcmd.waitFor();
        return output;
    }
}
