package io.tacitcrm.sample.bench;

import io.tacitcrm.testkit.EmbeddedDatabase;
import io.tacitcrm.testkit.LibertyServer;
import io.tacitcrm.testkit.TacitClient;
import jakarta.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * Start-up time of the packaged server (process launch to ready, schema migrated, on an existing database) and sign-up
 * latency through the REST API (sequential; each sign-up hashes a password with PBKDF2, by design the dominant cost).
 *
 * <p>Run after building the server: {@code mvn -DskipTests install && mvn -pl tenants-sample exec:java
 * -Dexec.mainClass=io.tacitcrm.sample.bench.ServerStartAndSignup -Dtacit.wlp.dir=$PWD/ui/target/liberty/wlp}
 */
public final class ServerStartAndSignup {

    private static final int STARTS = 3;
    private static final int SIGNUPS = 60;

    private ServerStartAndSignup() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkReport report = new BenchmarkReport("server-start-and-signup");
        Path wlp = Path.of(System.getProperty("tacit.wlp.dir", "../ui/target/liberty/wlp")).toAbsolutePath();
        Path log = Path.of("target/benchmarks/server-console.log").toAbsolutePath();
        Files.createDirectories(log.getParent());
        try (EmbeddedDatabase db = EmbeddedDatabase.start(Path.of("target/bench-server-db"), 15498)) {
            Stats starts = new Stats(STARTS);
            for (int i = 0; i < STARTS; i++) {
                long launched = System.nanoTime();
                try (LibertyServer server = LibertyServer.startCopy(wlp, "tacit", 19180, db.settings().environment(),
                        Optional.of(log))) {
                    server.awaitReady(Duration.ofMinutes(5));
                    starts.add(System.nanoTime() - launched);
                    if (i == STARTS - 1) {
                        measureSignups(report, new TacitClient(server.baseUri()));
                    }
                }
            }
            report.line("server start, process launch to /health/ready: " + starts.summary());
        }
        report.write();
    }

    private static void measureSignups(BenchmarkReport report, TacitClient api) {
        Stats latency = new Stats(SIGNUPS);
        for (int i = 0; i < SIGNUPS + 5; i++) {
            String workspace = "bench-" + UUID.randomUUID().toString().substring(0, 12);
            long start = System.nanoTime();
            var reply = api.post("signup", Json.createObjectBuilder().add("company", "Bench " + i).add("workspace",
                    workspace)
                    .add("adminName", "Admin").add("adminEmail", "admin@" + workspace + ".example")
                    .add("password", "Bench-password-42").add("locale", "zh-CN").build());
            long elapsed = System.nanoTime() - start;
            if (reply.status() != 201) {
                throw new IllegalStateException("sign-up failed: " + reply.status() + " " + reply.body());
            }
            if (i >= 5) {
                latency.add(elapsed);
            }
        }
        report.line("sign-up latency (after 5 warm-up sign-ups): " + latency.summary());
    }
}
