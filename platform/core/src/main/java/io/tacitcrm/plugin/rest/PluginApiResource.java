package io.tacitcrm.plugin.rest;

import io.tacitcrm.api.web.ApiProblem;
import io.tacitcrm.api.web.ApiResponse;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.json.JsonValues;
import io.tacitcrm.common.rest.Problem;
import io.tacitcrm.plugin.service.ApiCall;
import io.tacitcrm.plugin.service.PluginApis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The door to the plugins' own endpoints (documented route by route as the plugins describe them, not as this door).
 * Deliberately not transactional: the plugin runs on a worker thread in transactions of its own, so nothing it does can
 * hold or spoil a transaction of this request.
 */
@Tag(name = "Plugins")
@Path("x/{plugin}")
@ApplicationScoped
public class PluginApiResource {

    private static final String ANY = "{path: .*}";

    @Inject
    PluginApis apis;

    /** What a plugin call reads of the request, given per call: this door is one instance for all requests. */
    public static final class Incoming {
        @Context
        UriInfo uri;
        @Context
        HttpHeaders headers;
    }

    @Operation(hidden = true)
    @GET
    @Path(ANY)
    public Response get(@BeanParam Incoming request, @PathParam("plugin") String plugin,
                           @PathParam("path") String path) {
        return answer(request, plugin, "GET", path, null);
    }

    @Operation(hidden = true)
    @POST
    @Path(ANY)
    public Response post(@BeanParam Incoming request, @PathParam("plugin") String plugin,
                            @PathParam("path") String path, String body) {
        return answer(request, plugin, "POST", path, body);
    }

    @Operation(hidden = true)
    @PUT
    @Path(ANY)
    public Response put(@BeanParam Incoming request, @PathParam("plugin") String plugin,
                           @PathParam("path") String path, String body) {
        return answer(request, plugin, "PUT", path, body);
    }

    @Operation(hidden = true)
    @PATCH
    @Path(ANY)
    public Response patch(@BeanParam Incoming request, @PathParam("plugin") String plugin,
                             @PathParam("path") String path, String body) {
        return answer(request, plugin, "PATCH", path, body);
    }

    @Operation(hidden = true)
    @DELETE
    @Path(ANY)
    public Response delete(@BeanParam Incoming request, @PathParam("plugin") String plugin,
                              @PathParam("path") String path) {
        return answer(request, plugin, "DELETE", path, null);
    }

    private Response answer(Incoming request, String plugin, String method, String path, String body) {
        Map<String, String> firstHeaders = new HashMap<>();
        request.headers.getRequestHeaders().forEach((name, values) -> firstHeaders.put(name, values.getFirst()));
        try {
            requireObjectOrNothing(body);
            ApiCall call = new ApiCall(method, path, queryParameters(request.uri), firstHeaders, body, Map.of());
            return written(request.uri, plugin, apis.handle(plugin, call));
        } catch (ApiProblem problem) {
            return Problem.response(statusOf(problem.status()), problem.code(), problem.getMessage(),
                    problem.fields().stream().map(f -> new FieldError(f.field(), f.code(), f.message())).toList());
        }
    }

    /**
     * A plugin receives a JSON object or no body at all: {@code null}, an array, a number or broken JSON is refused
     * here, so no plugin has to guard against them (and none can fail on them).
     */
    private static void requireObjectOrNothing(String body) {
        if (body == null || body.isBlank()) {
            return;
        }
        try {
            if (JsonValues.read(body) instanceof JsonObject) {
                return;
            }
        } catch (JsonException | IllegalStateException unreadable) {
            throw ApiProblem.badRequest("The request body is not valid JSON.");
        }
        throw ApiProblem.badRequest("The request body must be a JSON object.");
    }

    /** The query, or a 400 for one a client did not percent-encode (instead of the 500 the parser would cause). */
    private static Map<String, List<String>> queryParameters(UriInfo uri) {
        try {
            return uri.getQueryParameters();
        } catch (IllegalArgumentException unreadable) {
            throw ApiProblem.badRequest("The query string is not valid; percent-encode its values.");
        }
    }

    private static Response written(UriInfo uri, String plugin, ApiResponse answer) {
        Response.ResponseBuilder response = Response.status(answer.status());
        answer.body().ifPresent(b -> response.entity(b).type(MediaType.APPLICATION_JSON_TYPE));
        answer.headers().forEach((name, value) -> response.header(name,
                "Location".equalsIgnoreCase(name) ? uri.getBaseUriBuilder().path("x").path(plugin).path(value).build()
                        : value));
        return response.build();
    }

    private static Response.StatusType statusOf(int code) {
        Response.Status known = Response.Status.fromStatusCode(code);
        if (known != null) {
            return known;
        }
        return code == 422 ? Problem.UNPROCESSABLE : Response.Status.INTERNAL_SERVER_ERROR;
    }
}
