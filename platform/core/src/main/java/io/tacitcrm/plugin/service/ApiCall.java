package io.tacitcrm.plugin.service;

import io.tacitcrm.api.web.ApiProblem;
import io.tacitcrm.api.web.ApiRequest;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.json.StrictJson;
import io.tacitcrm.common.json.JsonValues;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** One HTTP request to a plugin's API, as the plugin reads it. */
public record ApiCall(String method, String path, Map<String, List<String>> queryParameters, Map<String,
        String> headers,
                      String bodyText, Map<String, String> pathParameters) implements ApiRequest {

    private static final Jsonb JSON = JsonbBuilder.create();

    public ApiCall {
        queryParameters = Map.copyOf(queryParameters);
        TreeMap<String, String> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        caseless.putAll(headers);
        headers = caseless;
        pathParameters = Map.copyOf(pathParameters);
    }

    ApiCall withPathParameters(Map<String, String> values) {
        return new ApiCall(method, path, queryParameters, headers, bodyText, values);
    }

    @Override
    public String pathParameter(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the route has no path parameter {" + name + "}");
        }
        return value;
    }

    @Override
    public Optional<String> query(String name) {
        return queryAll(name).stream().findFirst();
    }

    @Override
    public List<String> queryAll(String name) {
        return queryParameters.getOrDefault(name, List.of());
    }

    @Override
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
    }

    @Override
    public <T> T body(Class<T> type) {
        if (bodyText == null || bodyText.isBlank()) {
            throw ApiProblem.badRequest("This request needs a JSON body.");
        }
        try {
            if (type.isRecord() && JsonValues.read(bodyText) instanceof JsonObject o) {
                // the same strict reading as the core's own endpoints: wrong types and, in a patch, unknown fields
                List<FieldError> errors = new ArrayList<>(StrictJson.typeErrors(o, type));
                if ("PATCH".equals(method)) {
                    errors.addAll(StrictJson.unknownFields(o, type));
                }
                if (!errors.isEmpty()) {
                    throw ApiProblem.invalid(errors.stream()
                            .map(e -> new ApiProblem.FieldProblem(e.field(), e.code(), e.message())).toList());
                }
            }
            return JSON.fromJson(bodyText, type);
        } catch (JsonException | JsonbException e) {
            throw ApiProblem.badRequest("The body is not the JSON this endpoint expects.");
        }
    }
}
