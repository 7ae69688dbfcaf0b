package io.tacitcrm.ui.shell;

import io.tacitcrm.common.rest.ApiDocumentContributor;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The API document at {@code /openapi}: the core's operations as MicroProfile OpenAPI describes them (generated once,
 * at start-up, before plugins load, so served internally at {@code /openapi/base}), with what the features add — the
 * routes of the plugins active now. JSON, which every YAML reader also reads.
 */
@WebServlet(urlPatterns = "/openapi", asyncSupported = true)
public class ApiDocumentServlet extends HttpServlet {

    private final AtomicReference<JsonObject> base = new AtomicReference<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    Instance<ApiDocumentContributor> contributors;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonObject document = base(request);
        for (ApiDocumentContributor contributor : contributors) {
            document = contributor.contribute(document);
        }
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-cache");
        response.getWriter().write(document.toString());
    }

    private JsonObject base(HttpServletRequest request) throws IOException {
        JsonObject cached = base.get();
        if (cached != null) {
            return cached;
        }
        URI uri = URI.create("http://127.0.0.1:" + request.getLocalPort() + "/openapi/base?format=JSON");
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET()
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() != HttpServletResponse.SC_OK) {
                throw new IOException("The base API document answered " + answer.statusCode());
            }
            JsonObject read = Json.createReader(new StringReader(answer.body())).readObject();
            base.compareAndSet(null, read);
            return read;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while reading the base API document", e);
        }
    }
}
