package io.tacitcrm.it.scaleout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tacitcrm.it.support.LoadBalancer;
import io.tacitcrm.it.support.Tenants;
import io.tacitcrm.it.support.Tenants.Tenant;
import io.tacitcrm.it.support.TestServer;
import io.tacitcrm.testkit.LibertyServer;
import io.tacitcrm.testkit.TacitClient;
import io.tacitcrm.testkit.TacitClient.Reply;
import jakarta.json.Json;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Two servers behind HAProxy ({@link LoadBalancer}), as {@code docs/scale-out.md} sets them up: the API is spread over
 * both, a browser stays on the server holding its Vaadin session, and when one server is killed the API goes on on
 * the other without a failed request, while that server's browsers start a new session there (they sign in again).
 */
class LoadBalancerIT {

    private final TestServer server = TestServer.get();

    @Test
    void the_api_spreads_a_browser_sticks_and_a_killed_server_costs_no_api_request() throws Exception {
        assumeTrue(LoadBalancer.installed(), "haproxy is not installed here (.ci/run installs it)");
        Tenant tenant = Tenants.signUp(server, "balanced");
        Path work = Path.of("target/it-load-balancer").toAbsolutePath();
        try (LibertyServer b = server.startAnother("tacit-lb");
             LoadBalancer balancer = LoadBalancer.start(server.baseUri(), b.baseUri(), work)) {
            TacitClient api = new TacitClient(balancer.baseUri()).observedBy(server.contract())
                    .as(tenant.admin().bearer());
            awaitBothUp(api);

            Map<String, Integer> served = new TreeMap<>();
            List<String> written = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                count(served, api.get("accounts?limit=5"), 200);
                Reply created = api.post("accounts", Json.createObjectBuilder().add("name", "Balanced " + i).build());
                count(served, created, 201);
                written.add(created.body().getString("id"));
            }
            assertEquals(2, served.size(), "both servers answered: " + served);
            assertTrue(served.values().stream().allMatch(n -> n >= 5), "round robin: " + served);

            // as a browser: HTTP/1.1 (no cleartext HTTP/2 upgrade, which HAProxy would pass through as a tunnel)
            HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .cookieHandler(new CookieManager()).build();
            String home = node(page(browser, balancer.baseUri()));
            for (int i = 0; i < 5; i++) {
                assertEquals(home, node(page(browser, balancer.baseUri())), "the browser stays on its server");
            }

            b.kill();
            Map<String, Integer> afterKill = new TreeMap<>();
            for (int i = 0; i < 10; i++) {
                count(afterKill, api.get("accounts?limit=5"), 200);
                Reply created = api.post("accounts", Json.createObjectBuilder().add("name", "After kill " + i)
                        .build());
                count(afterKill, created, 201);
                written.add(created.body().getString("id"));
            }
            assertEquals(Map.of("a", 20), afterKill, "every request after the kill answered, by server a");
            for (String id : written) {
                assertEquals(200, tenant.admin().get("accounts/" + id).status(), "written through the balancer");
            }
            HttpResponse<String> again = page(browser, balancer.baseUri());
            assertEquals("a", node(again), "a browser of either server is served by the one left");
            if (home.equals("b")) {
                assertTrue(again.headers().firstValue("Set-Cookie").isPresent(),
                        "its session was on the killed server: a new one starts (its user signs in again)");
            }
        }
    }

    /** HAProxy's checks need two good answers from each server before it sends requests there. */
    private static void awaitBothUp(TacitClient api) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        Map<String, Integer> seen = new TreeMap<>();
        while (seen.size() < 2 && System.nanoTime() < deadline) {
            count(seen, api.get("me"), 200);
            TimeUnit.MILLISECONDS.sleep(200);
        }
        assertEquals(2, seen.size(), "both servers up behind the balancer: " + seen);
    }

    private static void count(Map<String, Integer> served, Reply reply, int expected) {
        assertEquals(expected, reply.status(), reply.body().toString());
        served.merge(reply.header(LoadBalancer.NODE_HEADER), 1, Integer::sum);
    }

    private static HttpResponse<String> page(HttpClient browser, URI base) throws Exception {
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(base).timeout(Duration.ofSeconds(30))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response;
    }

    private static String node(HttpResponse<String> response) {
        return response.headers().firstValue(LoadBalancer.NODE_HEADER).orElseThrow();
    }
}
