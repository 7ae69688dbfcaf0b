package io.tacitcrm.sample.bench;

import io.tacitcrm.testkit.EmbeddedDatabase;
import io.tacitcrm.testkit.LibertyServer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * Two builds of the server on one benchmark database, measured in turns: this machine's speed drifts by up to a
 * factor of two within an hour (docs/stack-notes.md), so a change is judged only against the build before it run in
 * the same minutes. Both are warmed up in turns, then each round measures both, in alternating order, with the same
 * request list: requests/s, latency, each server's own CPU per request, PostgreSQL's, and statements per request
 * ({@code pg_stat_statements}). With the same archive on both sides it measures the method's own noise.
 *
 * <p>Run from {@code tenants-sample} after a {@link LoadCurve} run of the last 12 hours (its data, request lists and
 * sign-ins): {@code mvn -q exec:java -Dexec.mainClass=io.tacitcrm.sample.bench.SideBySide
 * -Dtacit.wlp.dir=$PWD/../ui/target/liberty/wlp -Dtacit.bench.before.war=/path/to/the/older/tacit.war}
 * ({@code -Dtacit.bench.mix=reads}, {@code -Dtacit.bench.rounds=6}, {@code -Dtacit.bench.seconds=20},
 * {@code -Dtacit.bench.connections=8}, {@code -Dtacit.bench.warmup=60}).
 */
public final class SideBySide {

    private static final String MIX = System.getProperty("tacit.bench.mix", "reads");
    private static final int ROUNDS = Integer.getInteger("tacit.bench.rounds", 6);
    private static final Duration MEASURED = Duration.ofSeconds(Integer.getInteger("tacit.bench.seconds", 20));
    private static final int CONNECTIONS = Integer.getInteger("tacit.bench.connections", 8);
    /** Per server and turn; three turns each, at 16 connections (the JIT compiles what the load runs). */
    private static final Duration WARM_UP = Duration.ofSeconds(Integer.getInteger("tacit.bench.warmup", 60));
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private SideBySide() {
    }

    /** One build: its server, the JVM's process id, and the figures of each round. */
    private record Build(String name, LibertyServer server, long pid, List<Round> rounds) {
    }

    private record Round(double rate, double p50, double p99, double serverMs, double postgresMs,
            double statements) {
    }

    public static void main(String[] args) throws Exception {
        Wrk.requireInstalled();
        Path wlp = Path.of(System.getProperty("tacit.wlp.dir", "../ui/target/liberty/wlp")).toAbsolutePath();
        Path beforeWar = Path.of(Optional.ofNullable(System.getProperty("tacit.bench.before.war")).orElseThrow(
                () -> new IllegalArgumentException("-Dtacit.bench.before.war names the older build's tacit.war")));
        Path out = Path.of("target/benchmarks").toAbsolutePath();
        Path requests = out.resolve("load-" + MIX + ".tsv");
        Path script = out.resolve("wrk-mix.lua");
        if (!Files.exists(requests) || !Files.exists(script)) {
            throw new IllegalStateException(requests + " and " + script + " come from a LoadCurve run: run it first");
        }
        LibertyServer.copyServer(wlp, "tacit", "tacit-before");
        Files.copy(beforeWar, wlp.resolve("usr/servers/tacit-before/apps/tacit.war"),
                StandardCopyOption.REPLACE_EXISTING);
        BenchmarkReport report = new BenchmarkReport("side-by-side");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(CoreCrmAtScale.DATABASE, CoreCrmAtScale.DATABASE_PORT);
             LibertyServer after = LibertyServer.startCopy(wlp, "tacit", 19186, db.settings().environment(),
                     Optional.of(out.resolve("side-by-side-after-console.log")));
             LibertyServer before = LibertyServer.startCopy(wlp, "tacit-before", 19187,
                     db.settings().environment(), Optional.of(out.resolve("side-by-side-before-console.log")))) {
            after.awaitReady(Duration.ofMinutes(5));
            before.awaitReady(Duration.ofMinutes(5));
            List<Build> builds = List.of(
                    new Build("before (" + beforeWar.getFileName() + ")", before, LoadCurve.javaPid(before),
                            new ArrayList<>()),
                    new Build("after (this tree)", after, LoadCurve.javaPid(after), new ArrayList<>()));
            report.line(String.format("%s mix, %d connections, %d rounds of %d s in alternating order, after 3 x %d s"
                    + " of warm-up each at 16 connections", MIX, CONNECTIONS, ROUNDS, MEASURED.toSeconds(),
                    WARM_UP.toSeconds()));
            for (int turn = 0; turn < 3; turn++) {
                for (Build build : builds) {
                    Wrk.mix(build.server().baseUri(), script, requests, 16, WARM_UP, TIMEOUT);
                }
            }
            try (Connection c = db.superuser().getConnection(); Statement s = c.createStatement()) {
                s.execute("create extension if not exists pg_stat_statements");
                inRounds(report, builds, s, script, requests);
            }
            summarize(report, builds);
        }
        report.write();
    }

    /** Each round measures both builds, the first of them in turns, so neither always runs on a warmer machine. */
    private static void inRounds(BenchmarkReport report, List<Build> builds, Statement s, Path script,
            Path requests) throws SQLException {
        for (int round = 0; round < ROUNDS; round++) {
            for (Build build : round % 2 == 0 ? builds : builds.reversed()) {
                Round r = measure(build, s, script, requests);
                build.rounds().add(r);
                report.line(String.format("  round %d, %-30s %7.0f req/s, p50 %5.2f ms, p99 %6.2f ms;"
                        + " CPU ms per request: server %.3f, postgres %.3f; statements per request %.2f",
                        round + 1, build.name(), r.rate(), r.p50(), r.p99(), r.serverMs(), r.postgresMs(),
                        r.statements()));
            }
        }
    }

    private static void summarize(BenchmarkReport report, List<Build> builds) {
        for (Build build : builds) {
            report.line(String.format("%-30s mean %7.0f req/s; CPU ms per request: server %.3f, postgres %.3f;"
                    + " statements per request %.2f", build.name(), mean(build, Round::rate),
                    mean(build, Round::serverMs), mean(build, Round::postgresMs), mean(build, Round::statements)));
        }
        report.line(String.format("after / before: %.3f", mean(builds.get(1), Round::rate)
                / mean(builds.get(0), Round::rate)));
    }

    private static Round measure(Build build, Statement s, Path script, Path requests) throws SQLException {
        s.execute("select pg_stat_statements_reset()");
        double server = ProcessCpu.secondsOf(build.pid());
        ProcessCpu.Snapshot before = ProcessCpu.now();
        URI base = build.server().baseUri();
        Wrk.MixResult r = Wrk.mix(base, script, requests, CONNECTIONS, MEASURED, TIMEOUT);
        ProcessCpu.Snapshot after = ProcessCpu.now();
        long answered = Math.max(1, r.requests());
        double serverMs = (ProcessCpu.secondsOf(build.pid()) - server) * 1000 / answered;
        double postgresMs = (after.seconds().getOrDefault("postgres", 0.0)
                - before.seconds().getOrDefault("postgres", 0.0)) * 1000 / answered;
        if (r.withStatus(200, 300) + r.withStatus(409, 410) != r.requests() || r.unanswered() > 0) {
            throw new IllegalStateException(build.name() + " answered " + r.statuses() + ", unanswered "
                    + r.unanswered() + ": the request list's sign-ins may have expired (run LoadCurve again)");
        }
        return new Round(r.rate(), r.p50(), r.p99(), serverMs, postgresMs, statements(s) / answered);
    }

    /** Statements the application's roles ran since the last reset (the benchmark's own are the superuser's). */
    private static double statements(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("select coalesce(sum(p.calls), 0) from pg_stat_statements p"
                + " join pg_roles r on r.oid = p.userid where r.rolname <> current_user")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static double mean(Build build, ToDoubleFunction<Round> figure) {
        return build.rounds().stream().mapToDouble(figure).average().orElse(Double.NaN);
    }
}
