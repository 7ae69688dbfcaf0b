package io.tacitcrm.it.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Debian's HAProxy in front of two Tacit servers, with the configuration the project ships
 * ({@code scale-out/haproxy.cfg}): API requests spread round-robin; a browser's Vaadin session kept on the server that
 * holds it (the session cookie is prefixed with the server's name); a server whose readiness check fails, or that
 * refuses a connection, is left out and the request is sent to the other. Each answer names the server that gave it
 * ({@code X-Tacit-Node}), so a test can see the spread.
 */
public final class LoadBalancer implements AutoCloseable {

    public static final String NODE_HEADER = "X-Tacit-Node";
    /** The configuration operators are given, used as it is (the addresses come from the environment). */
    private static final Path CONFIG = Path.of(System.getProperty("tacit.haproxy.config",
            "../scale-out/haproxy.cfg"));

    private final Process process;
    private final URI baseUri;

    private LoadBalancer(Process process, URI baseUri) {
        this.process = process;
        this.baseUri = baseUri;
    }

    /** Whether {@code haproxy} is on this machine ({@code .ci/run} installs it). */
    public static boolean installed() {
        try {
            return new ProcessBuilder("haproxy", "-v").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** HAProxy on a free loopback port, with servers {@code a} and {@code b}; returns once it accepts requests. */
    public static LoadBalancer start(URI a, URI b, Path workDirectory) throws IOException, InterruptedException {
        int port = freePort();
        Files.createDirectories(workDirectory);
        ProcessBuilder haproxy = new ProcessBuilder("haproxy", "-f", CONFIG.toAbsolutePath().toString(), "-db")
                .redirectErrorStream(true)
                .redirectOutput(workDirectory.resolve("haproxy.log").toFile());
        haproxy.environment().putAll(Map.of("FRONT", "127.0.0.1:" + port,
                "SERVER_A", a.getHost() + ":" + a.getPort(), "SERVER_B", b.getHost() + ":" + b.getPort()));
        Process process = haproxy.start();
        LoadBalancer balancer = new LoadBalancer(process, URI.create("http://127.0.0.1:" + port + "/"));
        balancer.awaitListening(Duration.ofSeconds(10));
        return balancer;
    }

    public URI baseUri() {
        return baseUri;
    }

    private void awaitListening(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("haproxy ended at start with " + process.exitValue());
            }
            try (Socket socket = new Socket(baseUri.getHost(), baseUri.getPort())) {
                return;
            } catch (IOException notYet) {
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
        throw new IOException("haproxy did not listen on " + baseUri + " within " + timeout);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
