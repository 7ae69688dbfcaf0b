package io.tacitcrm.it.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's HAProxy in front of two Tacit servers, configured as {@code docs/scale-out.md} advises: API requests spread
 * round-robin; a browser's Vaadin session kept on the server that holds it (the session cookie is prefixed with the
 * server's name); a server whose readiness check fails, or that refuses a connection, is left out and the request is
 * sent to the other. Each answer names the server that gave it ({@code X-Tacit-Node}), so a test can see the spread.
 */
public final class LoadBalancer implements AutoCloseable {

    public static final String NODE_HEADER = "X-Tacit-Node";

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
        Path config = workDirectory.resolve("haproxy.cfg");
        Files.createDirectories(workDirectory);
        Files.writeString(config, String.join("\n", List.of(
                "defaults",
                "  mode http",
                "  timeout connect 2s",
                "  timeout client 30s",
                "  timeout server 30s",
                // a refused connection (a server gone) is tried again on the other server: nothing reached the dead
                // one, so even a write is safe to send again
                "  retries 3",
                "  option redispatch 1",
                "  retry-on conn-failure empty-response",
                "frontend tacit",
                "  bind 127.0.0.1:" + port,
                "  default_backend servers",
                "backend servers",
                "  balance roundrobin",
                "  cookie JSESSIONID prefix nocache",
                "  option httpchk GET /health/ready",
                "  http-check expect status 200",
                "  default-server inter 1s fall 2 rise 2",
                "  http-response set-header " + NODE_HEADER + " %[srv_name]",
                "  server a " + a.getHost() + ":" + a.getPort() + " check cookie a",
                "  server b " + b.getHost() + ":" + b.getPort() + " check cookie b",
                "")));
        Process process = new ProcessBuilder("haproxy", "-f", config.toString(), "-db")
                .redirectErrorStream(true)
                .redirectOutput(workDirectory.resolve("haproxy.log").toFile())
                .start();
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
