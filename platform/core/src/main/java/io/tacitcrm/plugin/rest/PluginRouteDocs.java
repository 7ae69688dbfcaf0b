package io.tacitcrm.plugin.rest;

import io.tacitcrm.api.web.ApiRoutes;
import io.tacitcrm.api.web.RouteDoc;
import io.tacitcrm.common.rest.ApiDocumentContributor;
import io.tacitcrm.common.rest.ProblemStatuses;
import io.tacitcrm.plugin.domain.InstalledPlugin;
import io.tacitcrm.plugin.domain.PluginCatalog;
import io.tacitcrm.plugin.service.PluginApis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The routes active plugins describe ({@link RouteDoc}) in the API document, under {@code /api/v1/x/<plugin>/…},
 * tagged with the plugin's id and answering problems like every core operation. Routes a plugin did not describe stay
 * out of the document (they still answer).
 */
@ApplicationScoped
public class PluginRouteDocs implements ApiDocumentContributor {

    private final PluginCatalog catalog;
    private final PluginApis apis;

    @Inject
    public PluginRouteDocs(PluginCatalog catalog, PluginApis apis) {
        this.catalog = catalog;
        this.apis = apis;
    }

    /** For CDI's proxy only. */
    protected PluginRouteDocs() {
        this(null, null);
    }

    @Override
    public JsonObject contribute(JsonObject document) {
        JsonObjectBuilder paths = Json.createObjectBuilder(document.getJsonObject("paths"));
        JsonObjectBuilder schemas = Json.createObjectBuilder(document.getJsonObject("components")
                .getJsonObject("schemas"));
        JsonArrayBuilder tags = Json.createArrayBuilder(document.getJsonArray("tags"));
        for (InstalledPlugin plugin : catalog.installed()) {
            List<ApiRoutes.DescribedRoute> routes = plugin.isActive()
                    ? apis.routesOf(plugin.id()).map(ApiRoutes::described).orElse(List.of()) : List.of();
            if (routes.isEmpty()) {
                continue;
            }
            RecordSchemas records = new RecordSchemas(plugin.id());
            Map<String, JsonObjectBuilder> items = new LinkedHashMap<>();
            for (ApiRoutes.DescribedRoute route : routes) {
                String path = "/api/v1/x/" + plugin.id() + "/" + route.path();
                items.computeIfAbsent(path, p -> Json.createObjectBuilder())
                        .add(route.method().toLowerCase(Locale.ROOT), operation(plugin, path, route, records));
            }
            items.forEach((path, item) -> paths.add(path, item));
            records.components().forEach(schemas::add);
            tags.add(Json.createObjectBuilder().add("name", plugin.id()).add("description",
                    plugin.description().isBlank() ? "Plugin " + plugin.id() : plugin.description()));
        }
        JsonObjectBuilder components = Json.createObjectBuilder(document.getJsonObject("components"))
                .add("schemas", schemas);
        return Json.createObjectBuilder(document).add("paths", paths).add("components", components).add("tags", tags)
                .build();
    }

    private static JsonObject operation(InstalledPlugin plugin, String path, ApiRoutes.DescribedRoute route,
                                        RecordSchemas records) {
        RouteDoc doc = route.doc();
        boolean ifMatch = "PATCH".equals(route.method()) || doc.versioned();
        JsonArrayBuilder parameters = Json.createArrayBuilder();
        for (String segment : route.path().split("/")) {
            if (segment.startsWith("{") && segment.endsWith("}")) {
                parameters.add(parameter(segment.substring(1, segment.length() - 1), "path", true));
            }
        }
        doc.query().forEach(name -> parameters.add(parameter(name, "query", false)));
        if (ifMatch) {
            parameters.add(parameter("If-Match", "header", false));
        }
        JsonObjectBuilder success = Json.createObjectBuilder().add("description", switch (doc.status()) {
            case 201 -> "Created";
            case 204 -> "Done; nothing to return";
            default -> "OK";
        });
        doc.response().ifPresent(type -> success.add("content", json(records.of(type))));
        JsonObjectBuilder responses = Json.createObjectBuilder().add(Integer.toString(doc.status()), success);
        for (String status : ProblemStatuses.of(path, route.method(), ifMatch, doc.body().isPresent())) {
            responses.add(status, ref("#/components/responses/Problem" + status));
        }
        responses.add("4XX", ref("#/components/responses/ProblemAny"))
                .add("5XX", ref("#/components/responses/ServerProblem"));
        JsonObjectBuilder operation = Json.createObjectBuilder()
                .add("operationId", plugin.id() + Character.toUpperCase(doc.operationId().charAt(0))
                        + doc.operationId().substring(1))
                .add("summary", doc.summary())
                .add("tags", Json.createArrayBuilder().add(plugin.id()))
                .add("parameters", parameters)
                .add("responses", responses);
        doc.body().ifPresent(type -> operation.add("requestBody", Json.createObjectBuilder().add("required", true)
                .add("content", json(records.of(type)))));
        return operation.build();
    }

    private static JsonObject parameter(String name, String in, boolean required) {
        return Json.createObjectBuilder().add("name", name).add("in", in).add("required", required)
                .add("schema", Json.createObjectBuilder().add("type", "string")).build();
    }

    private static JsonObject json(JsonObject schema) {
        return Json.createObjectBuilder().add("application/json", Json.createObjectBuilder().add("schema", schema))
                .build();
    }

    private static JsonObject ref(String target) {
        return Json.createObjectBuilder().add("$ref", target).build();
    }
}
