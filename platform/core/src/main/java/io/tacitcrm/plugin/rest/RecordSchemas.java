package io.tacitcrm.plugin.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * JSON schemas (OpenAPI 3.1) for the records a plugin reads and writes, as JSON-B binds them: each record becomes a
 * component named after the plugin and the record ({@code KnowledgeArticleJson}); every field may be {@code null}
 * except ids and lists, as in the core's records.
 */
final class RecordSchemas {

    private static final Set<String> NEVER_NULL = Set.of("id", "items");

    private final String prefix;
    private final Map<String, JsonObject> components = new LinkedHashMap<>();

    RecordSchemas(String pluginId) {
        this.prefix = Character.toUpperCase(pluginId.charAt(0)) + pluginId.substring(1).replaceAll("[^A-Za-z0-9]", "");
    }

    /** The component schemas made so far, by name. */
    Map<String, JsonObject> components() {
        return components;
    }

    JsonObject of(Type type) {
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            return Json.createObjectBuilder().add("$ref", "#/components/schemas/" + component(raw)).build();
        }
        if (raw == Optional.class) {
            return of(argument(type, 0));
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return Json.createObjectBuilder().add("type", "array").add("items", of(argument(type, 0))).build();
        }
        if (Map.class.isAssignableFrom(raw)) {
            return Json.createObjectBuilder().add("type", "object").add("additionalProperties", of(argument(type, 1)))
                    .build();
        }
        if (raw.isEnum()) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            for (Object constant : raw.getEnumConstants()) {
                values.add(constant.toString());
            }
            return Json.createObjectBuilder().add("type", "string").add("enum", values).build();
        }
        return scalar(raw);
    }

    private static JsonObject scalar(Class<?> raw) {
        JsonObjectBuilder schema = Json.createObjectBuilder();
        if (raw == String.class || raw == char.class || raw == Character.class) {
            schema.add("type", "string");
        } else if (raw == UUID.class) {
            schema.add("type", "string").add("format", "uuid");
        } else if (raw == Instant.class || raw == OffsetDateTime.class || raw == LocalDateTime.class) {
            schema.add("type", "string").add("format", "date-time");
        } else if (raw == LocalDate.class) {
            schema.add("type", "string").add("format", "date");
        } else if (raw == int.class || raw == long.class || raw == short.class || raw == Integer.class
                || raw == Long.class || raw == Short.class) {
            schema.add("type", "integer");
        } else if (raw == double.class || raw == float.class || raw == BigDecimal.class
                || Number.class.isAssignableFrom(raw)) {
            schema.add("type", "number");
        } else if (raw == boolean.class || raw == Boolean.class) {
            schema.add("type", "boolean");
        }
        return schema.build();
    }

    private String component(Class<?> record) {
        String name = prefix + record.getSimpleName();
        if (!components.containsKey(name)) {
            components.put(name, JsonObject.EMPTY_JSON_OBJECT); // a placeholder: records may refer to themselves
            JsonObjectBuilder properties = Json.createObjectBuilder();
            for (RecordComponent component : record.getRecordComponents()) {
                JsonObject schema = of(component.getGenericType());
                properties.add(component.getName(), NEVER_NULL.contains(component.getName()) || component.getType()
                        .isPrimitive() ? schema : nullable(schema));
            }
            components.put(name, Json.createObjectBuilder().add("type", "object").add("properties", properties)
                    .build());
        }
        return name;
    }

    /** The schema, or null: a type list for plain types, any-of for references. */
    private static JsonObject nullable(JsonObject schema) {
        if (schema.containsKey("type") && schema.get("type").getValueType() == JsonValue.ValueType.STRING) {
            return Json.createObjectBuilder(schema).add("type", Json.createArrayBuilder().add(schema.getString("type"))
                    .add("null")).build();
        }
        if (schema.isEmpty()) {
            return schema;
        }
        return Json.createObjectBuilder().add("anyOf", Json.createArrayBuilder().add(schema)
                .add(Json.createObjectBuilder().add("type", "null"))).build();
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        return type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }
}
