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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A plugin that leaks is bounded by the host: one that starts threads and never stops them, or keeps memory and never
 * gives it back, is stopped on that server and reported past its limit; its threads are interrupted, its memory
 * returns, and the server and the core go on serving.
 */
class PluginLeakIT {

    private static final Logger LOG = Logger.getLogger(PluginLeakIT.class.getName());
    private static final int MAX_THREADS = 8;
    private static final long MIB = 1 << 20;
    private static final Pattern HEAP_USED = Pattern.compile("total \\d+K, used (\\d+)K");

    private final TestServer server = TestServer.get();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void a_plugin_leaking_threads_is_stopped_and_reported_and_the_server_lives_on() throws Exception {
        Tenant tenant = Tenants.signUp(server, "leaky");
        Tenants.switchPlugin(tenant, "misbehaving", true);
        try (LibertyServer guarded = server.startAnother("tacit-thread-leak", Map.of(
                "TACIT_PLUGINS_MAX_THREADS", Integer.toString(MAX_THREADS), "TACIT_PLUGINS_GUARD_SECONDS", "1"))) {
            TacitClient api = new TacitClient(guarded.baseUri()).as(tenant.admin().bearer());
            Reply within = api.post("x/misbehaving/leak?threads=" + MAX_THREADS, Json.createObjectBuilder().build());
            assertEquals(200, within.status(), within.body().toString());
            TimeUnit.SECONDS.sleep(3);
            assertFalse(notActive(guarded.baseUri()).contains("misbehaving"), "within the limit it keeps running");

            Reply over = api.post("x/misbehaving/leak?threads=" + MAX_THREADS, Json.createObjectBuilder().build());
            assertEquals(200, over.status(), over.body().toString());
            assertTrue(awaitNotActive(guarded.baseUri(), "misbehaving", Duration.ofSeconds(20)), "past the limit it"
                    + " is stopped and the readiness check names it");

            assertEquals(404, api.get("x/misbehaving/whoami").status(), "a stopped plugin is not called");
            assertEquals(200, api.get("accounts?limit=5").status(), "the core goes on");
            assertEquals(0, leakedThreads(guarded), "its threads were interrupted and ended");
        }
        assertEquals(200, tenant.admin().get("x/misbehaving/whoami").status(), "on the other server it still runs");
    }

    @Test
    void a_plugin_leaking_memory_is_stopped_and_unloaded_and_its_memory_returns() throws Exception {
        Tenant tenant = Tenants.signUp(server, "hoarding");
        Tenants.switchPlugin(tenant, "misbehaving", true);
        try (LibertyServer guarded = server.startAnother("tacit-memory-leak", Map.of(
                "TACIT_PLUGINS_GUARD_SECONDS", "1"))) {
            TacitClient api = new TacitClient(guarded.baseUri()).as(tenant.admin().bearer());
            long jvm = jvm(guarded);
            long before = heapUsedAfterCollection(jvm);
            int held = 0;
            Reply leak = api.post("x/misbehaving/leak?megabytes=2", Json.createObjectBuilder().build());
            // 2 MB every 100 ms, until the host stops the plugin; a 256 MB heap would not take 600 MB
            for (int i = 0; i < 300 && leak.status() == 200; i++) {
                held = leak.body().getInt("heldMegabytes");
                TimeUnit.MILLISECONDS.sleep(100);
                leak = api.post("x/misbehaving/leak?megabytes=2", Json.createObjectBuilder().build());
            }
            // the call in progress when memory ran short may time out (504); then the plugin is gone (404)
            assertTrue(Set.of(404, 504).contains(leak.status()), "the plugin failed, not the server: " + leak.body());
            assertTrue(awaitNotActive(guarded.baseUri(), "misbehaving", Duration.ofSeconds(20)), "it is stopped and"
                    + " the readiness check names it");
            assertEquals(404, api.get("x/misbehaving/whoami").status(), "a stopped plugin is not called");
            assertTrue(held > 32, "it was stopped for holding more than a plugin may, not before: " + held + " MB");
            assertTrue(Files.readString(guarded.messagesLog()).lines().anyMatch(l -> l.contains(
                    "Plugin 'misbehaving' stopped by the host: held ")), "the log says why");

            assertEquals(200, api.get("accounts?limit=5").status(), "the core goes on");
            long after = heapUsedAfterCollection(jvm);
            int kept = held;
            LOG.info(() -> "heap after collection: " + before / MIB + " MB before the leak, " + kept
                    + " MB kept by the plugin when last answered, " + after / MIB + " MB after it was stopped");
            assertTrue(after < before + 16 * MIB, "its memory returned: " + before / MIB + " MB before, "
                    + after / MIB + " MB after, " + held + " MB it had kept");
        }
    }

    private boolean awaitNotActive(URI base, String plugin, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (notActive(base).contains(plugin)) {
                return true;
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
        return false;
    }

    /** The plugins the readiness check names as not active; the server itself stays ready. */
    private Set<String> notActive(URI base) throws IOException, InterruptedException {
        HttpResponse<String> ready = http.send(HttpRequest.newBuilder(base.resolve("/health/ready")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject plugins = Json.createReader(new StringReader(ready.body())).readObject().getJsonArray("checks")
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("name").equals("plugins"))
                .findFirst().orElseThrow().getJsonObject("data");
        return Set.of(plugins.getString("notActive", "").split(", "));
    }

    /** Threads named by the leaking plugin still alive in the server's JVM, as {@code jcmd Thread.print} lists them. */
    private static long leakedThreads(LibertyServer server) throws IOException, InterruptedException {
        long jvm = jvm(server);
        long alive = leakedThreads(jvm);
        for (int attempt = 0; alive > 0 && attempt < 20; attempt++) {
            TimeUnit.MILLISECONDS.sleep(250); // interrupted threads end on their own time
            alive = leakedThreads(jvm);
        }
        return alive;
    }

    private static long leakedThreads(long jvm) throws IOException, InterruptedException {
        return jcmd(jvm, "Thread.print").lines().filter(l -> l.startsWith("\"misbehaving-leak-")).count();
    }

    /** The heap in use right after a full collection, as {@code jcmd GC.heap_info} adds up its generations. */
    private static long heapUsedAfterCollection(long jvm) throws IOException, InterruptedException {
        jcmd(jvm, "GC.run");
        Matcher used = HEAP_USED.matcher(jcmd(jvm, "GC.heap_info"));
        long kib = 0;
        while (used.find()) {
            kib += Long.parseLong(used.group(1));
        }
        assertTrue(kib > 0, "jcmd GC.heap_info gave the heap's use");
        return kib * 1024;
    }

    private static long jvm(LibertyServer server) {
        return Stream.concat(Stream.of(server.process().toHandle()), server.process().descendants())
                .filter(p -> p.info().command().orElse("").endsWith("java")).findFirst().orElseThrow().pid();
    }

    private static String jcmd(long jvm, String command) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process run = new ProcessBuilder(jcmd.toString(), Long.toString(jvm), command).redirectErrorStream(true)
                .start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        run.waitFor();
        return output;
    }
}
