package io.tacitcrm.api.web;

import io.tacitcrm.api.Stable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** What your handler answers: a status, headers and a body the host writes as JSON (records, lists and maps work). */
@Stable(since = "0.1")
public final class ApiResponse {

    private final int status;
    private final Object body;
    private final Map<String, String> headers;

    private ApiResponse(int status, Object body, Map<String, String> headers) {
        this.status = status;
        this.body = body;
        this.headers = Map.copyOf(headers);
    }

    public static ApiResponse ok(Object body) {
        return status(200, body);
    }

    /** 201 with the new resource and its address relative to your API root, e.g. {@code articles/42}. */
    public static ApiResponse created(Object body, String location) {
        return status(201, body).withHeader("Location", location);
    }

    public static ApiResponse noContent() {
        return new ApiResponse(204, null, Map.of());
    }

    public static ApiResponse status(int status, Object body) {
        return new ApiResponse(status, body, Map.of());
    }

    /** The same response with one more header. */
    public ApiResponse withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiResponse(status, body, more);
    }

    /** The same response with an {@code ETag} for this version, for clients to send back in {@code If-Match}. */
    public ApiResponse withVersion(long version) {
        return withHeader("ETag", "\"" + version + "\"");
    }

    public int status() {
        return status;
    }

    public Optional<Object> body() {
        return Optional.ofNullable(body);
    }

    public Map<String, String> headers() {
        return headers;
    }
}
