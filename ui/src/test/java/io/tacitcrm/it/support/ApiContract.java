package io.tacitcrm.it.support;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.tacitcrm.testkit.TacitClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Holds every response the HTTP tests receive to the server's own API document ({@code /openapi}): the operation is
 * found by method and path template, the response by status (or its 4XX/5XX range), and the body is validated against
 * the documented schema by networknt's JSON Schema validator in its OpenAPI 3.1 dialect. A response the document does
 * not describe fails the test that received it. Undescribed plugin routes are the plugin's choice and are not checked.
 */
public final class ApiContract implements TacitClient.ExchangeListener {

    private static final String DOCUMENT = "https://tacit.invalid/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final SchemaRegistry schemas;
    private final List<Route> routes = new ArrayList<>();
    private final AtomicLong checked = new AtomicLong();

    private record Route(String template, Pattern pattern, int variables) {
    }

    private ApiContract(String documentText) {
        this.document = JSON.readTree(documentText);
        this.schemas = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(DOCUMENT, documentText)));
        document.get("paths").propertyNames().forEach(template -> routes.add(new Route(template, Pattern.compile(
                template.replaceAll("\\{[^/]+}", "[^/]+")), template.split("\\{", -1).length - 1)));
        routes.sort(Comparator.comparingInt(Route::variables));
    }

    /** The document the server at {@code base} serves now. */
    public static ApiContract of(URI base) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(base.resolve("/openapi"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("/openapi answered " + answer.statusCode());
            }
            return new ApiContract(answer.body());
        } catch (Exception e) {
            throw new IllegalStateException("Could not read the API document: " + e.getMessage(), e);
        }
    }

    /** How many responses were held to the document so far. */
    public long checked() {
        return checked.get();
    }

    public JsonNode document() {
        return document;
    }

    @Override
    public void exchanged(HttpRequest request, HttpResponse<String> response) {
        List<String> problems = problems(request.method(), request.uri().getPath(), response);
        if (!problems.isEmpty()) {
            throw new AssertionError("The response to " + request.method() + " " + request.uri().getPath() + " ("
                    + response.statusCode() + ") breaks the API document: " + problems + "\nbody: "
                    + abbreviated(response.body()));
        }
    }

    /** What is wrong with this response by the document; empty when it is as documented (or not for us to check). */
    public List<String> problems(String method, String path, HttpResponse<String> response) {
        Optional<Route> route = routes.stream().filter(r -> r.pattern().matcher(path).matches()).findFirst();
        if (route.isEmpty() || document.get("paths").get(route.get().template()).get(method.toLowerCase(Locale.ROOT))
                == null) {
            return path.startsWith("/api/v1/x/") ? List.of() : List.of("no documented operation");
        }
        JsonNode operation = document.get("paths").get(route.get().template()).get(method.toLowerCase(Locale.ROOT));
        String status = Integer.toString(response.statusCode());
        JsonNode responses = operation.get("responses");
        String key = responses.has(status) ? status : responses.has(status.charAt(0) + "XX")
                ? status.charAt(0) + "XX" : "default";
        JsonNode described = responses.get(key);
        if (described == null) {
            return List.of("status " + status + " is not documented");
        }
        String pointer = "/paths/" + escape(route.get().template()) + "/" + method.toLowerCase(Locale.ROOT)
                + "/responses/" + key;
        if (described.has("$ref")) {
            pointer = described.get("$ref").asString().substring(1);
            described = document.at(pointer);
        }
        checked.incrementAndGet();
        String body = response.body() == null ? "" : response.body();
        String mediaType = response.headers().firstValue("Content-Type").map(t -> t.split(";")[0].strip()).orElse("");
        JsonNode content = described.get("content");
        if (body.isBlank()) {
            return List.of();
        }
        if (content == null || !content.has(mediaType)) {
            return List.of("a " + mediaType + " body is not documented for " + status);
        }
        if (!mediaType.endsWith("json")) {
            return List.of();
        }
        Schema schema = schemas.getSchema(SchemaLocation.of(DOCUMENT + "#" + pointer + "/content/"
                + escape(mediaType) + "/schema"));
        return schema.validate(JSON.readTree(body)).stream().map(Error::toString).toList();
    }

    private static String escape(String segment) {
        return segment.replace("~", "~0").replace("/", "~1");
    }

    private static String abbreviated(String body) {
        return body == null || body.length() < 600 ? String.valueOf(body) : body.substring(0, 600) + "…";
    }
}
