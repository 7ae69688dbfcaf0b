package io.tacitcrm.api.web;

import io.tacitcrm.api.Stable;
import java.util.List;
import java.util.Optional;

/** One request to your API. */
@Stable(since = "0.1")
public interface ApiRequest {

    /** GET, POST, PUT, PATCH or DELETE. */
    String method();

    /** The path after {@code /api/v1/x/<plugin id>/}, without a leading slash. */
    String path();

    /** A {@code {name}} segment of the matched route; throws if the route has none of that name. */
    String pathParameter(String name);

    Optional<String> query(String name);

    /** Every value of a repeated query parameter, in order. */
    List<String> queryAll(String name);

    /** A request header, by case-insensitive name. */
    Optional<String> header(String name);

    /**
     * The JSON body bound to {@code type} (records work); an empty or malformed body is a 400 problem for the client.
     */
    <T> T body(Class<T> type);
}
