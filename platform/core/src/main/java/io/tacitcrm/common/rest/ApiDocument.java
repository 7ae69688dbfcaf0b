package io.tacitcrm.common.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.info.License;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * The facts every operation shares, written once instead of on 80 methods: errors are RFC 9457 problem documents
 * ({@code Problem}, with its field errors) under the statuses each kind of operation can answer; {@code limit} is a
 * number from 1 to 200; every field of a JSON record may be {@code null} except ids and lists (the API writes absent
 * values as explicit nulls); sign-up and login need no token. Applied at build time, by SmallRye OpenAPI's Maven
 * plugin (platform/core's pom), to the document {@link BaseApiDocument} reads; the document served at
 * {@code /openapi} adds the plugins' routes to it.
 */
public class ApiDocument implements OASFilter {

    private static final String PROBLEM = "Problem";
    private static final String TENANT_API = "/api/v1/";
    /** The operators' application ({@code /api/ops}); its resources' paths all begin with {@code v1/}. */
    private static final String OPERATOR_API = "/api/ops/";
    private static final String OPERATOR_SCHEME = "operatorBearer";
    /** The operations a workspace's plan can refuse (402). */
    private static final Set<String> PLAN_LIMITED = Set.of("POST /api/v1/accounts", "POST /api/v1/accounts/import",
            "POST /api/v1/users", "PATCH /api/v1/users/{id}", "PATCH /api/v1/plugins/{id}", "POST /api/v1/sample-data");
    private static final Set<String> NEVER_NULL = Set.of("id", "items", "errors");
    private static final Map<String, String> PROBLEMS = Map.ofEntries(
            Map.entry("400", "The request could not be read (malformed JSON, nesting too deep, not an object)."),
            Map.entry("401", "No valid token: log in with `POST /sessions` and send `Authorization: Bearer <token>`."),
            Map.entry("403", "The caller's role lacks the permission, or may only read the record."),
            Map.entry("404", "No such record, or one the caller may not see."),
            Map.entry("409", "The request clashes with the current state (a name taken, a concurrent change)."),
            Map.entry("412", "If-Match named an older version; nothing was changed."),
            Map.entry("413", "The body is larger than the endpoint accepts."),
            Map.entry("402", "The workspace's plan allows no more of this; limit and current say how much."),
            Map.entry("422", "Fields or parameters break a rule; each is listed in errors."),
            Map.entry("429", "Too many attempts; wait for Retry-After seconds."));

    @Override
    public void filterOpenAPI(OpenAPI api) {
        api.getInfo().license(license());
        Components components = api.getComponents() == null ? OASFactory.createComponents() : api.getComponents();
        api.components(components);
        components.addSchema("FieldError", object(Map.of("field", string(), "code", string(), "message", string())));
        Schema problem = object(Map.of("type", string(), "title", string(), "status", OASFactory.createSchema()
                .addType(SchemaType.INTEGER), "detail", string(), "code", string(), "errors", OASFactory.createSchema()
                .type(List.of(SchemaType.ARRAY, SchemaType.NULL))
                .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")),
                "limit", nullableInteger(), "current", nullableInteger()));
        problem.description("An RFC 9457 problem document; code is a stable, machine-readable reason. A 402 (the"
                + " workspace's plan allows no more) names the plan's limit and the workspace's current figure.");
        components.addSchema(PROBLEM, problem);
        PROBLEMS.forEach((status, text) -> components.addResponse("Problem" + status, problemResponse(text)));
        components.addResponse("ProblemAny", problemResponse("Another client error, as a problem document."));
        components.addResponse("ServerProblem", problemResponse("An unexpected error (detail names an incident"
                + " id), or 503: nothing was done — the server is at capacity (server.busy), the database is out of"
                + " reach (database.unavailable), too slow (database.timeout) or out of disk (storage.full); retry"
                + " after Retry-After seconds."));
        if (api.getPaths() == null) {
            api.paths(OASFactory.createPaths());
        }
        api.servers(List.of(OASFactory.createServer().url("/").description("This server")));
        rehome(api, components);
        components.getSchemas().forEach((name, schema) -> nullableFields(schema));
        api.getPaths().getPathItems().forEach(this::describe);
    }

    /**
     * Two applications share this module, and the scanner files every resource under one application's path. Each
     * path goes back to its own: the operators' resources (whose paths begin with {@code v1/}) under
     * {@code /api/ops/v1/}, with the operators' bearer scheme; the rest under {@code /api/v1/}.
     */
    private static void rehome(OpenAPI api, Components components) {
        Map<String, PathItem> homed = new TreeMap<>();
        Set<String> operators = new HashSet<>();
        api.getPaths().getPathItems().forEach((path, item) -> {
            String rest = path.startsWith(TENANT_API) ? path.substring(TENANT_API.length())
                    : path.startsWith(OPERATOR_API) ? path.substring(OPERATOR_API.length()) : path;
            boolean operator = rest.startsWith("v1/") && !path.equals(rest);
            String home = operator ? OPERATOR_API + rest : path.equals(rest) ? path : TENANT_API + rest;
            homed.put(home, item);
            if (operator) {
                operators.add(home);
            }
        });
        List.copyOf(api.getPaths().getPathItems().keySet()).forEach(api.getPaths()::removePathItem);
        homed.forEach(api.getPaths()::addPathItem);
        if (operators.isEmpty()) {
            return;
        }
        components.addSecurityScheme(OPERATOR_SCHEME, OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("An operator's session token (tco_…), from POST /api/ops/v1/sessions."));
        operators.forEach(path -> homed.get(path).getOperations().values().forEach(operation -> operation.security(
                List.of(OASFactory.createSecurityRequirement().addScheme(OPERATOR_SCHEME)))));
    }

    private void describe(String path, PathItem item) {
        item.getOperations().forEach((method, operation) -> {
            if (operation.getOperationId() == null) {
                operation.operationId(operationIdOf(method, path));
            }
            if (ProblemStatuses.PUBLIC.contains(path)) {
                operation.security(List.of());
            }
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(ApiDocument::describeParameter);
            }
            APIResponses responses = operation.getResponses() == null ? OASFactory.createAPIResponses()
                    : operation.getResponses();
            operation.responses(responses);
            for (String status : statuses(path, method, operation)) {
                if (!responses.hasAPIResponse(status)) {
                    responses.addAPIResponse(status, ref("Problem" + status));
                }
            }
            responses.addAPIResponse("4XX", ref("ProblemAny"));
            responses.addAPIResponse("5XX", ref("ServerProblem"));
        });
    }

    /**
     * For operations that cannot carry their own id (inherited by two resources, as the CSV exchange is): the last
     * path segment and the record type, {@code exportAccounts}.
     */
    private static String operationIdOf(PathItem.HttpMethod method, String path) {
        String[] segments = path.split("/");
        String action = segments[segments.length - 1];
        String object = segments.length > 1 ? segments[segments.length - 2] : "";
        boolean plain = method == PathItem.HttpMethod.GET || method == PathItem.HttpMethod.POST;
        return action + Character.toUpperCase(object.charAt(0)) + object.substring(1) + (plain ? "" : method.name());
    }

    private static List<String> statuses(String path, PathItem.HttpMethod method, Operation operation) {
        boolean ifMatch = operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> "If-Match".equalsIgnoreCase(p.getName()));
        List<String> statuses = ProblemStatuses.of(path, method.name(), ifMatch, operation.getRequestBody() != null);
        if (path.equals("/api/v1/sessions") && method == PathItem.HttpMethod.POST) {
            statuses.add("429");
        }
        if (PLAN_LIMITED.contains(method + " " + path)) {
            statuses.add("402");
        }
        return statuses;
    }

    private static Schema nullableInteger() {
        return OASFactory.createSchema().type(List.of(SchemaType.INTEGER, SchemaType.NULL)).format("int64");
    }

    private static void describeParameter(Parameter parameter) {
        if ("limit".equals(parameter.getName()) && parameter.getIn() == Parameter.In.QUERY) {
            parameter.description("Rows per page, 1 to 200 (50 when absent).").schema(OASFactory.createSchema()
                    .addType(SchemaType.INTEGER).minimum(BigDecimal.ONE)
                    .maximum(BigDecimal.valueOf(200)).defaultValue(50));
        } else if ("cursor".equals(parameter.getName()) && parameter.getIn() == Parameter.In.QUERY) {
            parameter.description("The nextCursor of the previous page; opaque.");
        } else if ("If-Match".equalsIgnoreCase(parameter.getName())) {
            parameter.description("The ETag read; a stale one answers 412 and changes nothing.");
        }
    }

    /** Every property of a record may be null except ids and lists: absent values are written as explicit nulls. */
    private static void nullableFields(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().forEach((name, property) -> {
            if (NEVER_NULL.contains(name)) {
                return;
            }
            if (property.getRef() != null) {
                String ref = property.getRef();
                property.ref(null);
                property.anyOf(List.of(OASFactory.createSchema().ref(ref),
                        OASFactory.createSchema().addType(SchemaType.NULL)));
            } else if (property.getType() != null && !property.getType().contains(SchemaType.NULL)) {
                property.addType(SchemaType.NULL);
            }
        });
    }

    private static APIResponse problemResponse(String description) {
        return OASFactory.createAPIResponse().description(description).content(OASFactory.createContent()
                .addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("#/components/schemas/" + PROBLEM))));
    }

    private static APIResponse ref(String name) {
        return OASFactory.createAPIResponse().ref("#/components/responses/" + name);
    }

    private static License license() {
        return OASFactory.createLicense().name("Proprietary").identifier("LicenseRef-Tacit-CRM");
    }

    private static Schema string() {
        return OASFactory.createSchema().addType(SchemaType.STRING);
    }

    private static Schema object(Map<String, Schema> properties) {
        Schema schema = OASFactory.createSchema().addType(SchemaType.OBJECT);
        new TreeMap<>(properties).forEach(schema::addProperty);
        return schema;
    }
}
