package io.tacitcrm.api.web;

import io.tacitcrm.api.Stable;
import java.util.List;

/**
 * Throw it from a handler to answer with a problem document (RFC 9457): {@code status}, a stable {@code code} clients
 * can rely on, an English {@code detail}, and for 422 the fields at fault.
 */
@Stable(since = "0.1")
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String code;
    private final List<FieldProblem> fields;

    public ApiProblem(int status, String code, String detail, List<FieldProblem> fields) {
        super(detail);
        this.status = status;
        this.code = code;
        this.fields = List.copyOf(fields);
    }

    /** One field's problem: its JSON name, a stable code and an English message. */
    public record FieldProblem(String field, String code, String message) {
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "not-found", detail, List.of());
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "bad-request", detail, List.of());
    }

    public static ApiProblem forbidden(String permission) {
        return new ApiProblem(403, "forbidden", "This needs the permission " + permission + ".", List.of());
    }

    public static ApiProblem conflict(String code, String detail) {
        return new ApiProblem(409, code, detail, List.of());
    }

    public static ApiProblem invalid(List<FieldProblem> fields) {
        return new ApiProblem(422, "validation", "Some fields are not valid.", fields);
    }

    /** 428: an update without {@code If-Match}. */
    public static ApiProblem versionRequired() {
        return new ApiProblem(428, "version.required", "Send the version you read in If-Match.", List.of());
    }

    /** 412: {@code If-Match} names a version that is no longer current. */
    public static ApiProblem staleVersion() {
        return new ApiProblem(412, "version.stale", "Someone changed this since you read it; read it again.",
                List.of());
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldProblem> fields() {
        return fields;
    }
}
