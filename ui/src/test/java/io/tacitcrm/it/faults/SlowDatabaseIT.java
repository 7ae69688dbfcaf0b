package io.tacitcrm.it.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.LibertyServer;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The database slowed down (each of its answers held back 150 ms by a proxy of the test's own) under more clients
 * than the server works for at once: readiness says degraded but stays up, the requests beyond the server's capacity
 * are refused at once or after a bounded wait with 503 {@code server.busy} — the connection pool is never what runs
 * out — no request takes longer than its bound, and when the database is fast again so is the server.
 */
class SlowDatabaseIT {

    private static final Logger LOG = Logger.getLogger(SlowDatabaseIT.class.getName());
    private static final Duration ADMISSION_WAIT = Duration.ofSeconds(2);
    private static final Duration LONGEST_ANSWER = Duration.ofSeconds(10);
    private static final int CLIENTS = 24;

    private record Answer(int status, Optional<String> code, boolean retryAfter, Duration took) {
    }

    private final TestServer server = TestServer.get();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void a_slow_database_is_reported_degraded_and_excess_requests_are_refused_in_bounded_time() throws Exception {
        Tenant tenant = Tenants.signUp(server, "slow-db");
        for (int i = 0; i < 20; i++) {
            tenant.admin().post("accounts", Json.createObjectBuilder().add("name", "Slow " + i).build());
        }
        URI database = URI.create(server.databaseSettings().url().substring("jdbc:".length()));
        try (DelayingProxy proxy = DelayingProxy.to(database.getPort());
             LibertyServer slow = server.startAnother("tacit-slow-db", Map.of(
                     "DB_URL", "jdbc:postgresql://127.0.0.1:" + proxy.port() + database.getPath(),
                     "TACIT_ADMISSION_CONCURRENT", "4", "TACIT_ADMISSION_BACKLOG", "8",
                     "TACIT_ADMISSION_WAIT", ADMISSION_WAIT.toString(), "TACIT_HEALTH_DATABASE_SLOW_MS", "100"))) {
            TacitClient api = new TacitClient(slow.baseUri()).as(tenant.admin().bearer());
            assertEquals(200, api.get("accounts?limit=20").status());
            assertFalse(degraded(slow.baseUri()), "a fast database is not degraded");

            proxy.delay(Duration.ofMillis(150));
            assertTrue(degraded(slow.baseUri()), "a slow database is reported, the server still ready");
            List<Answer> answers = load(api, Duration.ofSeconds(8));
            proxy.delay(Duration.ZERO);

            Map<String, Long> statuses = new TreeMap<>();
            answers.forEach(a -> statuses.merge(a.status() + a.code().map(c -> " " + c).orElse(""), 1L,
                    Long::sum));
            Duration slowest = answers.stream().map(Answer::took).max(Duration::compareTo).orElseThrow();
            LOG.info(() -> "answers under a slow database " + statuses + "; slowest " + slowest);
            assertTrue(answers.stream().allMatch(a -> a.status() == 200 || a.status() == 503
                    && a.code().equals(Optional.of("server.busy")) && a.retryAfter()), "only answers or 503"
                    + " server.busy with Retry-After (never the pool's timeout, database.unavailable): " + statuses);
            assertTrue(statuses.containsKey("200") && statuses.containsKey("503 server.busy"), "some answered,"
                    + " the excess refused: " + statuses);
            assertTrue(slowest.compareTo(LONGEST_ANSWER) <= 0, "no request hangs: " + slowest);

            assertFalse(degraded(slow.baseUri()), "fast again");
            assertEquals(200, api.get("accounts?limit=20").status());
        }
    }

    private static List<Answer> load(TacitClient api, Duration length) throws InterruptedException {
        Queue<Answer> answers = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + length.toNanos();
        try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
            for (int i = 0; i < CLIENTS; i++) {
                clients.execute(() -> {
                    while (System.nanoTime() < end) {
                        long start = System.nanoTime();
                        Reply reply = api.get("accounts?limit=20");
                        answers.add(new Answer(reply.status(), Optional.ofNullable(reply.body().getString("code",
                                null)), reply.raw().headers().firstValue("Retry-After").isPresent(),
                                Duration.ofNanos(System.nanoTime() - start)));
                    }
                });
            }
        }
        return List.copyOf(answers);
    }

    /** The readiness check's word on the database; the server must stay ready (200) either way. */
    private boolean degraded(URI base) throws IOException, InterruptedException {
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(base.resolve("/health/ready"))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject health = Json.createReader(new StringReader(ready.body())).readObject();
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow()
                .getJsonObject("data").getBoolean("degraded");
    }
}
