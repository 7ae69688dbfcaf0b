package io.tacitcrm.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.stream.Stream;

/** The packaged Open Liberty server, run as a child process that takes its settings from environment variables. */
public final class LibertyServer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(LibertyServer.class.getName());

    private final Path wlp;
    private final String name;
    private final Process process;
    private final int httpPort;

    private LibertyServer(Path wlp, String name, Process process, int httpPort) {
        this.wlp = wlp;
        this.name = name;
        this.process = process;
        this.httpPort = httpPort;
    }

    /**
     * Starts {@code server run NAME}. Output goes to {@code log} if given, else to this process's console.
     */
    public static LibertyServer start(Path wlp, String name, int httpPort, Map<String, String> environment,
                                      Optional<Path> log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(List.of(wlp.resolve("bin/server").toString(), "run", name));
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("HTTP_PORT", Integer.toString(httpPort));
        env.putAll(environment);
        log.ifPresentOrElse(file -> builder.redirectErrorStream(true).redirectOutput(file.toFile()),
                builder::inheritIO);
        LOG.info(() -> "Starting Open Liberty server '" + name + "' on port " + httpPort);
        return new LibertyServer(wlp, name, builder.start(), httpPort);
    }

    /**
     * Starts a copy of server {@code from} of its own, {@code from-PORT} (a benchmark's): what a build or a test run
     * does to {@code from} meanwhile — a new application archive, which Liberty deploys into a running server, or a
     * test's configuration drop-in — does not reach it.
     */
    public static LibertyServer startCopy(Path wlp, String from, int httpPort, Map<String, String> environment,
                                          Optional<Path> log) throws IOException {
        String name = from + "-" + httpPort;
        copyServer(wlp, from, name);
        return start(wlp, name, httpPort, environment, log);
    }

    /**
     * Copies server {@code from}'s configuration under {@code wlp} as server {@code to} (replacing an older copy),
     * without the logs, caches and transaction logs that belong to one server process: a second server of a cluster,
     * or a test's own server beside a developer's.
     */
    public static void copyServer(Path wlp, String from, String to) throws IOException {
        Path original = wlp.resolve("usr/servers").resolve(from);
        Path copy = wlp.resolve("usr/servers").resolve(to);
        deleteRecursively(copy);
        try (Stream<Path> paths = Files.walk(original)) {
            for (Path source : paths.filter(p -> !isRuntimeState(original.relativize(p))).toList()) {
                Path target = copy.resolve(original.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
        Files.deleteIfExists(copy.resolve("configDropins/overrides/arquillian.xml"));
    }

    private static boolean isRuntimeState(Path relative) {
        String first = relative.getNameCount() == 0 ? "" : relative.getName(0).toString();
        return first.equals("logs") || first.equals("workarea") || first.equals("tranlog");
    }

    /** Deletes a folder and everything in it (links are removed, never followed). */
    public static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + httpPort + "/");
    }

    /** Waits until MicroProfile Health says the application is ready (schema migrated, database reachable). */
    public Duration awaitReady(Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(baseUri().resolve("/health/ready")).timeout(Duration.ofSeconds(5))
                .build();
        while (System.nanoTime() - start < timeout.toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Liberty exited with code " + process.exitValue()
                        + " before it was ready");
            }
            try {
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return Duration.ofNanos(System.nanoTime() - start);
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Liberty was not ready within " + timeout + "; see its messages.log");
    }

    public Process process() {
        return process;
    }

    /** The server's log, where its warnings and the plugins' verdicts are written. */
    public Path messagesLog() {
        return wlp.resolve("usr/servers").resolve(name).resolve("logs/messages.log");
    }

    /** Kills the server's process and its children at once (SIGKILL), as a crash would: no shutdown runs. */
    public void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }

    /** Stops the server gracefully, then makes sure the child is gone. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        ProcessBuilder stop = new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", name)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        stop.environment().put("JAVA_HOME", System.getProperty("java.home"));
        stop.start().waitFor(60, TimeUnit.SECONDS);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
