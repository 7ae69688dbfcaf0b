package io.tacitcrm.common.json;

import io.tacitcrm.common.domain.FieldError;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * JSON held to the record it is read into: JSON-B would turn {@code 42} into {@code "42"} for a text field and ignore
 * fields the record lacks; here both are field errors. Used for the core's bodies and for the bodies the host binds for
 * plugins, so every endpoint reads input the same way.
 */
public final class StrictJson {

    private StrictJson() {
    }

    /** Every field whose JSON type does not fit the record component of the same name, with its path. */
    public static List<FieldError> typeErrors(JsonObject object, Class<?> record) {
        List<FieldError> errors = new ArrayList<>();
        checkRecord(object, record, "", errors);
        return errors;
    }

    /** Every top-level field the record lacks (in a patch, a field that cannot change must not look changed). */
    public static List<FieldError> unknownFields(JsonObject object, Class<?> record) {
        List<String> known = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
        return object.keySet().stream().filter(key -> !known.contains(key)).sorted()
                .map(key -> new FieldError(key, "field.unknown", "cannot be changed here; accepted: "
                        + String.join(", ", known)))
                .toList();
    }

    private static void checkRecord(JsonObject object, Class<?> type, String prefix, List<FieldError> errors) {
        for (RecordComponent component : type.getRecordComponents()) {
            JsonValue value = object.get(component.getName());
            if (value != null) {
                check(value, component.getGenericType(), prefix + component.getName(), errors);
            }
        }
    }

    private static void check(JsonValue value, Type declared, String field, List<FieldError> errors) {
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        Class<?> raw = declared instanceof ParameterizedType p ? (Class<?>) p.getRawType()
                : declared instanceof Class<?> c ? c : Object.class;
        if (raw == String.class && value.getValueType() != JsonValue.ValueType.STRING) {
            errors.add(new FieldError(field, "type", "must be text"));
        } else if ((Number.class.isAssignableFrom(raw) || raw == int.class || raw == long.class || raw == double.class)
                && value.getValueType() != JsonValue.ValueType.NUMBER) {
            errors.add(new FieldError(field, "type", "must be a number"));
        } else if ((raw == Boolean.class || raw == boolean.class) && value.getValueType() != JsonValue.ValueType.TRUE
                && value.getValueType() != JsonValue.ValueType.FALSE) {
            errors.add(new FieldError(field, "type", "must be true or false"));
        } else if (raw.isRecord()) {
            if (value instanceof JsonObject nested) {
                checkRecord(nested, raw, field + ".", errors);
            } else {
                errors.add(new FieldError(field, "type", "must be an object"));
            }
        } else if (Collection.class.isAssignableFrom(raw)) {
            if (value instanceof JsonArray array) {
                Type element = declared instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
                for (int i = 0; i < array.size(); i++) {
                    check(array.get(i), element, field + "[" + i + "]", errors);
                }
            } else {
                errors.add(new FieldError(field, "type", "must be a list"));
            }
        }
    }
}
