package io.tacitcrm.common.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The client errors an operation of a kind can answer, each documented as
 * {@code #/components/responses/Problem<status>}; besides these every operation has {@code 4XX} ({@code ProblemAny})
 * and {@code 5XX} ({@code ServerProblem}). Shared by the core's document, written at build time ({@link ApiDocument}),
 * and the plugins' routes, described in the server (without MicroProfile OpenAPI's classes, which it does not have).
 */
public final class ProblemStatuses {

    /** The operations that need no token. */
    static final Set<String> PUBLIC = Set.of("/api/v1/signup", "/api/v1/sessions", "/api/ops/v1/bootstrap",
            "/api/ops/v1/sessions", "/api/ops/v1/sessions/enrolment");

    private ProblemStatuses() {
    }

    public static List<String> of(String path, String method, boolean ifMatch, boolean body) {
        List<String> statuses = new ArrayList<>(List.of("400", "422"));
        if (!PUBLIC.contains(path)) {
            statuses.addAll(List.of("401", "403"));
        }
        if (path.contains("{")) {
            statuses.add("404");
        }
        if (!"GET".equalsIgnoreCase(method)) {
            statuses.add("409");
        }
        if (ifMatch) {
            statuses.add("412");
        }
        if (body) {
            statuses.add("413");
        }
        return statuses;
    }
}
