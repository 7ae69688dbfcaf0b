package io.tacitcrm.it.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What an operator watches: {@code /metrics} in the Prometheus text format (requests by endpoint group and by
 * workspace id with a cap on the ids, connection pools, the JVM), and a JSON log whose lines carry the request's and
 * the workspace's ids.
 */
class ObservabilityIT {

    private static final Pattern TENANT_LABEL = Pattern.compile(
            "^tacit_tenant_requests_total\\{[^}]*tenant=\"([^\"]+)\"", Pattern.MULTILINE);

    private final TestServer server = TestServer.get();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_log_line_written_for_a_request_carries_its_request_id_and_its_workspace_id() throws Exception {
        Tenant tenant = Tenants.signUp(server, "logged");
        Tenants.switchPlugin(tenant, "misbehaving", true);
        String requestId = "it-" + UUID.randomUUID();

        HttpResponse<String> failed = send(tenant, "api/v1/x/misbehaving/boom", Optional.of(requestId));

        assertEquals(500, failed.statusCode());
        assertEquals(requestId, failed.headers().firstValue("X-Request-Id").orElseThrow(), "answered as sent");
        JsonObject line = logLine(l -> requestId.equals(l.getString("ext_requestId", ""))
                && l.getString("message", "").contains("failed in API GET boom"));
        assertEquals(tenant.tenantId(), line.getString("ext_tenant"), line::toString);
        assertEquals("WARNING", line.getString("loglevel"), line::toString);

        HttpResponse<String> hostile = send(tenant, "api/v1/me", Optional.of("<script>x</script>"));
        String replaced = hostile.headers().firstValue("X-Request-Id").orElseThrow();
        assertTrue(replaced.matches("[0-9a-f]{32}"), "a new id instead of what the client typed: " + replaced);
    }

    @Test
    void metrics_count_requests_by_endpoint_group_and_workspace_beside_the_pools_and_the_jvm() throws Exception {
        Tenant tenant = Tenants.signUp(server, "metered");
        for (int i = 0; i < 3; i++) {
            assertEquals(200, tenant.admin().get("accounts").status());
        }
        assertEquals(404, tenant.admin().get("accounts/" + UUID.randomUUID()).status());

        String metrics = metrics();

        assertTrue(value(metrics, "tacit_requests_total", "group=\"accounts\"", "outcome=\"success\"") >= 3,
                "requests of the accounts group");
        assertTrue(value(metrics, "tacit_requests_total", "group=\"accounts\"", "outcome=\"client_error\"") >= 1);
        assertTrue(value(metrics, "tacit_request_time_seconds_count", "group=\"accounts\"") >= 4, "timed too");
        assertTrue(metrics.contains("tacit_request_time_seconds_bucket{group=\"accounts\""), "with buckets");
        // percentiles of one server do not add up, and each timer's rolling histograms held ~1.1 MB of heap
        assertTrue(metrics.lines().noneMatch(l -> l.startsWith("tacit_") && l.contains("quantile=")),
                "no percentiles computed in the server");
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("tacit_tenant_request_time_seconds_max{")),
                "a workspace's slowest request");
        if (TENANT_LABEL.matcher(metrics).results().anyMatch(m -> m.group(1).equals(tenant.tenantId()))) {
            assertTrue(value(metrics, "tacit_tenant_requests_total", "tenant=\"" + tenant.tenantId() + "\"",
                    "outcome=\"success\"") >= 3, "the workspace's own series");
        }
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("connectionpool_inUseTime_total_seconds{")
                && l.contains("datasource=\"jdbc_tacit\"")), "the database pool");
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("memory_usedHeap_bytes")), "the JVM's heap");
        assertTrue(metrics.lines().anyMatch(l -> l.startsWith("thread_count")), "the JVM's threads");
        assertTrue(metrics.lines().noneMatch(l -> l.contains(tenant.workspace())), "ids, never names");
    }

    @Test
    void workspaces_past_the_cap_on_labels_are_counted_together_as_other() throws Exception {
        int cap = TestServer.METRICS_TENANT_LABELS;
        List<Tenant> tenants = IntStream.rangeClosed(0, cap).mapToObj(i -> Tenants.signUp(server, "label"))
                .toList();
        tenants.forEach(t -> assertEquals(200, t.admin().get("me").status()));

        String metrics = metrics();
        Set<String> labels = TENANT_LABEL.matcher(metrics).results().map(m -> m.group(1))
                .collect(Collectors.toSet());

        assertTrue(labels.contains("other"), labels::toString);
        labels.remove("other");
        labels.remove("none");
        assertEquals(cap, labels.size(), "exactly as many workspace ids as the cap: " + labels);
        assertEquals(cap, (int) value(metrics, "tacit_tenant_labels"));
        assertNotEquals(0, value(metrics, "tacit_tenant_requests_total", "tenant=\"other\"", "outcome=\"success\""));
    }

    @Test
    void health_names_the_database_the_migrations_and_the_plugin_host_and_says_the_server_is_alive() throws Exception {
        Map<String, JsonObject> ready = checks("health/ready");
        JsonObject database = ready.get("database");
        assertEquals("UP", database.getString("status"), database::toString);
        assertTrue(database.getJsonObject("data").getBoolean("migrated"));
        JsonObject plugins = ready.get("plugins");
        assertEquals("UP", plugins.getString("status"), "a refused module leaves the others ready: " + plugins);
        assertTrue(plugins.getJsonObject("data").getInt("active") >= 3, plugins::toString);
        assertTrue(plugins.getJsonObject("data").getString("notActive").contains("unwalled"), plugins::toString);

        JsonObject server = checks("health/live").get("server");
        assertEquals("UP", server.getString("status"), server::toString);
        assertEquals(0, server.getJsonObject("data").getInt("deadlockedThreads"));
    }

    private Map<String, JsonObject> checks(String path) throws IOException, InterruptedException {
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(server.baseUri().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reply.statusCode(), reply::body);
        try (var reader = Json.createReader(new StringReader(reply.body()))) {
            return reader.readObject().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                    .collect(Collectors.toMap(c -> c.getString("name"), c -> c));
        }
    }

    private HttpResponse<String> send(Tenant tenant, String path, Optional<String> requestId)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.baseUri().resolve(path))
                .header("Authorization", "Bearer " + tenant.admin().bearer()).timeout(Duration.ofSeconds(30));
        requestId.ifPresent(id -> request.header("X-Request-Id", id));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String metrics() throws IOException, InterruptedException {
        HttpResponse<String> reply = http.send(HttpRequest.newBuilder(server.baseUri().resolve("metrics"))
                .header("Accept", "text/plain").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, reply.statusCode(), reply::body);
        return reply.body();
    }

    /** The sum of the samples of a metric whose labels include all of these. */
    private static double value(String metrics, String name, String... labels) {
        return metrics.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                .filter(l -> Set.of(labels).stream().allMatch(l::contains))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }

    /** The first JSON line of the server's log that matches, waiting a little for the log to be written. */
    private JsonObject logLine(Predicate<JsonObject> wanted) throws Exception {
        Instant until = Instant.now().plusSeconds(10);
        do {
            Optional<JsonObject> found = Files.readAllLines(server.messagesLog()).stream()
                    .map(ObservabilityIT::json).flatMap(Optional::stream).filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        } while (Instant.now().isBefore(until));
        throw new AssertionError("no such line in " + server.messagesLog());
    }

    private static Optional<JsonObject> json(String line) {
        try (var reader = Json.createReader(new StringReader(line))) {
            return Optional.of(reader.readObject());
        } catch (JsonParsingException | IllegalStateException e) {
            return Optional.empty();
        }
    }
}
