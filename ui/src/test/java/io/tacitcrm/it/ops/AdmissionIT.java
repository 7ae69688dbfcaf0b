package io.tacitcrm.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.Operators;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.testkit.LibertyServer;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A server at capacity: a bounded number of API requests run, a bounded backlog waits a bounded time, and the rest
 * are told to come back (503, Retry-After) instead of waiting until their callers time out. Its own server, sized to
 * one request at a time, one waiting at most 300 ms.
 */
class AdmissionIT {

    private static final Duration WAIT = Duration.ofMillis(300);
    /** How long the plugin's endpoint that never answers holds the one turn: the host's time limit, here. */
    private static final Duration HOLD = Duration.ofSeconds(15);

    private final TestServer server = TestServer.get();

    /** A reply and how long it took. */
    private record Timed(Reply reply, Duration took) {

        static Timed of(TacitClient client, String path) {
            long start = System.nanoTime();
            Reply reply = client.get(path);
            return new Timed(reply, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    @Test
    void at_capacity_one_request_waits_its_bounded_turn_the_next_is_refused_at_once_and_operators_still_get_in()
            throws Exception {
        Tenant tenant = Tenants.signUp(server, "busy");
        Tenants.switchPlugin(tenant, "misbehaving", true);
        String operatorToken = Operators.configured(server).bearer();
        try (LibertyServer small = server.startAnother("tacit-admission", Map.of("TACIT_ADMISSION_CONCURRENT", "1",
                "TACIT_ADMISSION_BACKLOG", "1", "TACIT_ADMISSION_WAIT", WAIT.toString(),
                "TACIT_PLUGINS_TIMEOUT_MS", Long.toString(HOLD.toMillis())))) {
            TacitClient api = new TacitClient(small.baseUri()).as(tenant.admin().bearer());
            assertEquals(200, api.get("me").status(), "one at a time is served");
            metrics(small); // the first read of the metrics is slow on a cold server

            // the plugin's endpoint that never answers holds the one turn until the host's plugin time limit
            CompletableFuture<Reply> hanging = CompletableFuture.supplyAsync(() -> api.get("x/misbehaving/hang"));
            awaitMetric(small, "tacit_admission_in_progress", 1);
            CompletableFuture<Timed> first = CompletableFuture.supplyAsync(() -> Timed.of(api, "me"));
            Thread.sleep(WAIT.toMillis() / 2);
            Timed second = Timed.of(api, "me");
            Timed waited = first.get(10, TimeUnit.SECONDS);
            Reply operators = TacitClient.operators(small.baseUri()).as(operatorToken).get("tenants?limit=1");

            for (Timed refused : List.of(waited, second)) {
                assertEquals(503, refused.reply().status(), refused.reply().raw()::body);
                assertEquals("1", refused.reply().header("Retry-After"));
                assertEquals("server.busy", refused.reply().body().getString("code"));
                assertTrue(refused.reply().raw().headers().firstValue("Content-Type").orElseThrow()
                        .startsWith("application/problem+json"));
            }
            Duration slower = waited.took().compareTo(second.took()) > 0 ? waited.took() : second.took();
            Duration faster = waited.took().compareTo(second.took()) > 0 ? second.took() : waited.took();
            assertTrue(slower.compareTo(WAIT.minusMillis(50)) >= 0, "one waited in the backlog: " + slower);
            assertTrue(slower.compareTo(HOLD) < 0, "not until the turn came back: " + slower);
            assertTrue(faster.compareTo(WAIT) < 0, "the other, past the backlog, at once: " + faster);
            assertEquals(200, operators.status(), "the operators' API is not held back");
            assertTrue(hanging.get(HOLD.toSeconds() + 30, TimeUnit.SECONDS).status() >= 500);
            assertEquals(200, api.get("me").status(), "served again once the turn is back");
            String metrics = metrics(small);
            assertTrue(value(metrics, "tacit_admission_refused_total") >= 2, metrics);
            assertEquals(1, value(metrics, "tacit_admission_limit"), metrics);
        }
    }

    private static void awaitMetric(LibertyServer server, String name, double wanted) throws Exception {
        Instant until = Instant.now().plusSeconds(10);
        while (value(metrics(server), name) < wanted) {
            assertTrue(Instant.now().isBefore(until), name + " never reached " + wanted);
            Thread.sleep(20);
        }
    }

    private static String metrics(LibertyServer server) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            URI uri = server.baseUri().resolve("/metrics");
            return http.send(HttpRequest.newBuilder(uri).header("Accept", "text/plain").build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }
    }

    /** The sum of a metric's samples, whatever their labels. */
    private static double value(String metrics, String name) {
        return metrics.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
