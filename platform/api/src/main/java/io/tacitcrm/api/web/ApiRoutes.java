package io.tacitcrm.api.web;

import io.tacitcrm.api.Beta;
import io.tacitcrm.api.Stable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The routes of your API: a method and a path pattern whose {@code {name}} segments match any one segment. The first
 * route that matches answers; a path matched only under other methods answers 405, no match 404.
 */
@Stable(since = "0.1")
public final class ApiRoutes {

    private final List<Route> routes = new ArrayList<>();

    public ApiRoutes get(String pattern, ApiHandler handler) {
        return add("GET", pattern, handler);
    }

    public ApiRoutes post(String pattern, ApiHandler handler) {
        return add("POST", pattern, handler);
    }

    public ApiRoutes put(String pattern, ApiHandler handler) {
        return add("PUT", pattern, handler);
    }

    public ApiRoutes patch(String pattern, ApiHandler handler) {
        return add("PATCH", pattern, handler);
    }

    public ApiRoutes delete(String pattern, ApiHandler handler) {
        return add("DELETE", pattern, handler);
    }

    private ApiRoutes add(String method, String pattern, ApiHandler handler) {
        routes.add(new Route(method, pattern, segments(pattern), handler, Optional.empty()));
        return this;
    }

    /** Describes the route added last, for the server's API document. */
    @Beta
    public ApiRoutes doc(RouteDoc doc) {
        if (routes.isEmpty()) {
            throw new IllegalStateException("add a route before describing it");
        }
        Route last = routes.removeLast();
        routes.add(new Route(last.method, last.path, last.pattern, last.handler, Optional.of(doc)));
        return this;
    }

    /** The routes described with {@link #doc}, in the order they were added; for the host. */
    @Beta
    public List<DescribedRoute> described() {
        return routes.stream().filter(r -> r.doc.isPresent())
                .map(r -> new DescribedRoute(r.method, r.path, r.doc.get())).toList();
    }

    /** A route and its description: method, path pattern as written ({@code articles/{id}}) and the doc. */
    @Beta
    public record DescribedRoute(String method, String path, RouteDoc doc) {
    }

    /** The handler for a request and the values of its path parameters; for the host. */
    public Optional<Match> match(String method, String path) {
        List<String> actual = segments(path);
        for (Route route : routes) {
            if (route.method.equals(method)) {
                Optional<Map<String, String>> parameters = route.bind(actual);
                if (parameters.isPresent()) {
                    return Optional.of(new Match(route.handler, parameters.get()));
                }
            }
        }
        return Optional.empty();
    }

    /** The methods some route answers for this path (for a 405's {@code Allow}); for the host. */
    public Set<String> methodsFor(String path) {
        List<String> actual = segments(path);
        Set<String> methods = new LinkedHashSet<>();
        routes.stream().filter(r -> r.bind(actual).isPresent()).forEach(r -> methods.add(r.method));
        return methods;
    }

    /** A matched route. */
    public record Match(ApiHandler handler, Map<String, String> parameters) {
    }

    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                segments.add(s);
            }
        }
        return segments;
    }

    private record Route(String method, String path, List<String> pattern, ApiHandler handler, Optional<RouteDoc> doc) {

        Optional<Map<String, String>> bind(List<String> actual) {
            if (actual.size() != pattern.size()) {
                return Optional.empty();
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int i = 0; i < pattern.size(); i++) {
                String p = pattern.get(i);
                if (p.startsWith("{") && p.endsWith("}")) {
                    values.put(p.substring(1, p.length() - 1), actual.get(i));
                } else if (!p.equals(actual.get(i))) {
                    return Optional.empty();
                }
            }
            return Optional.of(values);
        }
    }
}
