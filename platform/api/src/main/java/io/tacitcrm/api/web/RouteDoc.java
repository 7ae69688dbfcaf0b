package io.tacitcrm.api.web;

import io.tacitcrm.api.Beta;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How one of your routes appears in the server's API document ({@code /openapi}), so that integrators can generate a
 * client for your endpoints like for the core's. Describe bodies with records: the host turns their components into a
 * JSON schema (text, numbers, booleans, lists, nested records, {@code UUID}, dates and times; every field may be
 * {@code null}). Errors need no description: every route answers problems in the host's format.
 *
 * <pre>{@code
 * routes.get("articles", this::list)
 *       .doc(RouteDoc.of("listArticles", "Search the knowledge base").query("q", "limit", "cursor")
 *               .returns(200, ArticlePage.class));
 * }</pre>
 */
@Beta
public record RouteDoc(String operationId, String summary, int status, Optional<Type> response,
                       Optional<Class<?>> body, List<String> query, boolean versioned) {

    public RouteDoc {
        Objects.requireNonNull(operationId, "operationId");
        Objects.requireNonNull(summary, "summary");
        query = List.copyOf(query);
    }

    /** A route answering 200 with no documented body yet; add what it returns with {@link #returns}. */
    public static RouteDoc of(String operationId, String summary) {
        return new RouteDoc(operationId, summary, 200, Optional.empty(), Optional.empty(), List.of(), false);
    }

    /** The success status and the record the body is read into (201 for a create, for example). */
    public RouteDoc returns(int successStatus, Class<?> type) {
        return new RouteDoc(operationId, summary, successStatus, Optional.of(type), body, query, versioned);
    }

    /** The success status and a list of the record as the body (a JSON array). */
    public RouteDoc returnsListOf(int successStatus, Class<?> element) {
        return new RouteDoc(operationId, summary, successStatus, Optional.of(new Generic(List.class, element)), body,
                query, versioned);
    }

    /** The success status and a JSON object whose values are the record, keyed by text. */
    public RouteDoc returnsMapOf(int successStatus, Class<?> value) {
        return new RouteDoc(operationId, summary, successStatus, Optional.of(new Generic(Map.class, String.class,
                value)), body, query, versioned);
    }

    /** The route answers 204 with no body. */
    public RouteDoc returnsNothing() {
        return new RouteDoc(operationId, summary, 204, Optional.empty(), body, query, versioned);
    }

    /** The record the request body is read into. */
    public RouteDoc accepts(Class<?> type) {
        return new RouteDoc(operationId, summary, status, response, Optional.of(type), query, versioned);
    }

    /** A list or map type, so that the host can describe its elements. */
    private record Generic(Class<?> raw, Type... arguments) implements ParameterizedType {

        @Override
        public Type[] getActualTypeArguments() {
            return arguments.clone();
        }

        @Override
        public Type getRawType() {
            return raw;
        }

        /** {@code null}: the JDK's contract for a type that is not nested in another. */
        @Override
        public Type getOwnerType() {
            return null;
        }
    }

    /** The route changes a versioned record and expects its version in {@code If-Match} (PATCH routes always do). */
    public RouteDoc requiresVersion() {
        return new RouteDoc(operationId, summary, status, response, body, query, true);
    }

    /** Query parameters the route reads (all optional, text). */
    public RouteDoc query(String... names) {
        List<String> all = new ArrayList<>(query);
        all.addAll(List.of(names));
        return new RouteDoc(operationId, summary, status, response, body, all, versioned);
    }
}
