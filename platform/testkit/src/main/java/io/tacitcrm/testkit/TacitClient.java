package io.tacitcrm.testkit;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/** A small client of the Tacit REST API, as any integrator would write one. */
public final class TacitClient {

    /** A response: status and JSON body (an empty object when there is none). */
    public record Reply(int status, JsonObject body, HttpResponse<String> raw) {
        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** The body, for endpoints that answer with a JSON array. */
        public JsonArray array() {
            return Json.createReader(new StringReader(raw.body())).readArray();
        }
    }

    // HTTP/1.1 with keep-alive, as browsers and API clients talk to the server; no h2c upgrade attempts
    /** Sees every request and its response, e.g. to hold them to the API document in tests. */
    public interface ExchangeListener {
        void exchanged(HttpRequest request, HttpResponse<String> response);
    }

    private final HttpClient http;
    private final URI api;
    private final Optional<String> token;
    private final Optional<ExchangeListener> listener;

    public TacitClient(URI base) {
        this(base.resolve("/api/v1/"), Optional.empty(), client(Optional.empty()), Optional.empty());
    }

    /** A client of the hosting operators' API ({@code /api/ops/v1/}) of the server at {@code base}. */
    public static TacitClient operators(URI base) {
        return new TacitClient(base.resolve("/api/ops/v1/"), Optional.empty(), client(Optional.empty()),
                Optional.empty());
    }

    private TacitClient(URI api, Optional<String> token, HttpClient http, Optional<ExchangeListener> listener) {
        this.api = api;
        this.token = token;
        this.http = http;
        this.listener = listener;
    }

    /** A client that shows every exchange to the listener (and so does every client made from it). */
    public TacitClient observedBy(ExchangeListener observer) {
        return new TacitClient(api, token, http, Optional.of(observer));
    }

    private static HttpClient client(Optional<InetAddress> local) {
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5));
        local.ifPresent(builder::localAddress);
        return builder.build();
    }

    /** The bearer token this client sends. */
    public String bearer() {
        return token.orElseThrow(() -> new IllegalStateException("this client sends no token"));
    }

    /** A client that sends the given bearer token. */
    public TacitClient as(String bearer) {
        return new TacitClient(api, Optional.of(bearer), http, listener);
    }

    /**
     * A client whose requests come from another loopback address (127.0.0.2 …), as a second machine's would: the
     * server sees a different client address.
     */
    public TacitClient from(InetAddress local) {
        return new TacitClient(api, token, client(Optional.of(local)), listener);
    }

    /** Logs in and returns a client acting as that user. */
    public TacitClient login(String workspace, String email, String password) {
        Reply r = post("sessions", Json.createObjectBuilder().add("workspace", workspace).add("email", email)
                .add("password", password).build());
        if (r.status() != 201) {
            throw new IllegalStateException("Login of " + email + " failed: " + r.status() + " " + r.body());
        }
        return as(r.body().getString("token"));
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    public Reply post(String path, JsonValue body) {
        return send(request(path).header("Content-Type", "application/json").POST(publisher(body)));
    }

    /** A POST that changes a versioned resource, with the version read in {@code If-Match}. */
    public Reply post(String path, JsonValue body, String ifMatch) {
        return send(request(path).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .POST(publisher(body)));
    }

    public Reply put(String path, JsonValue body) {
        return send(request(path).header("Content-Type", "application/json").PUT(publisher(body)));
    }

    /** A PUT of a versioned resource, with the version read in {@code If-Match}. */
    public Reply put(String path, JsonValue body, String ifMatch) {
        return send(request(path).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .PUT(publisher(body)));
    }

    public Reply patch(String path, JsonValue body, String ifMatch) {
        HttpRequest.Builder b = request(path).header("Content-Type", "application/merge-patch+json").method("PATCH",
                publisher(body));
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return send(b);
    }

    public Reply delete(String path, String ifMatch) {
        HttpRequest.Builder b = request(path).DELETE();
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        return send(b);
    }

    /** Uploads a file as the request body (CSV imports). */
    public Reply upload(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** Downloads a file (CSV exports); its text is in {@code raw().body()}. */
    public Reply download(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    /** A binary answer (an archive): status, bytes and headers. */
    public record Binary(int status, byte[] body, HttpHeaders headers) {
    }

    /** A body-less POST whose answer is binary (an operator's export of a workspace). */
    public Binary postForBinary(String path, String accept) {
        HttpRequest request = request(path).setHeader("Accept", accept).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Binary(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException("Request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }

    /** Sends a raw body, for tests of malformed input. */
    public Reply postRaw(String path, String body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(api.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        token.ifPresent(t -> b.header("Authorization", "Bearer " + t));
        return b;
    }

    private static HttpRequest.BodyPublisher publisher(JsonValue body) {
        return HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8);
    }

    private Reply send(HttpRequest.Builder builder) {
        try {
            HttpRequest request = builder.build();
            HttpResponse<String> response = http.send(request,
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            listener.ifPresent(l -> l.exchanged(request, response));
            String text = response.body();
            JsonObject json = text == null || text.isBlank() || !text.strip().startsWith("{")
                    ? JsonValue.EMPTY_JSON_OBJECT
                    : Json.createReader(new StringReader(text)).readObject();
            return new Reply(response.statusCode(), json, response);
        } catch (IOException e) {
            throw new IllegalStateException("Request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
