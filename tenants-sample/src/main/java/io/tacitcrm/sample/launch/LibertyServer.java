package io.tacitcrm.sample.launch;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

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
        log.ifPresentOrElse(file -> builder.redirectErrorStream(true).redirectOutput(file.toFile()), builder::inheritIO);
        LOG.info(() -> "Starting Open Liberty server '" + name + "' on port " + httpPort);
        return new LibertyServer(wlp, name, builder.start(), httpPort);
    }

    public URI baseUri() {
        return URI.create("http://localhost:" + httpPort + "/");
    }

    /** Waits until MicroProfile Health says the application is ready (schema migrated, database reachable). */
    public Duration awaitReady(Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(baseUri().resolve("/health/ready")).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() - start < timeout.toNanos()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Liberty exited with code " + process.exitValue() + " before it was ready");
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

    /** Stops the server gracefully, then makes sure the child is gone. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        ProcessBuilder stop = new ProcessBuilder(wlp.resolve("bin/server").toString(), "stop", name).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        stop.environment().put("JAVA_HOME", System.getProperty("java.home"));
        stop.start().waitFor(60, TimeUnit.SECONDS);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
