package io.tacitcrm.common.rest;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reading fields of a JSON merge patch (RFC 7386): absent means "unchanged"; a wrong type is a field error. */
public final class MergePatch {

    private MergePatch() {
    }

    /**
     * Refuses a patch that names a field this endpoint does not change: silently ignoring it would answer success
     * for a change that never happened.
     */
    public static void requireOnly(JsonObject patch, Collection<String> accepted) {
        List<FieldError> errors = patch.keySet().stream().filter(key -> !accepted.contains(key)).sorted()
                .map(key -> new FieldError(key, "field.unknown", "cannot be changed here; accepted: "
                        + String.join(", ", accepted)))
                .toList();
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The fields a patch record (the documented shape of a merge patch) names, in declaration order. */
    public static List<String> fieldsOf(Class<? extends Record> patch) {
        return Arrays.stream(patch.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    public static Optional<String> text(JsonObject patch, String field, List<FieldError> errors) {
        if (!patch.containsKey(field)) {
            return Optional.empty();
        }
        if (patch.get(field) instanceof JsonString s) {
            return Optional.of(s.getString());
        }
        errors.add(new FieldError(field, "type", "must be a string"));
        return Optional.empty();
    }

    /** A list of text values; {@code null} counts as an empty list. */
    public static Optional<List<String>> texts(JsonObject patch, String field, List<FieldError> errors) {
        if (!patch.containsKey(field)) {
            return Optional.empty();
        }
        JsonValue value = patch.get(field);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.of(List.of());
        }
        if (value instanceof JsonArray array && array.stream().allMatch(JsonString.class::isInstance)) {
            return Optional.of(array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList());
        }
        errors.add(new FieldError(field, "type", "must be a list of text values"));
        return Optional.empty();
    }

    public static Optional<Boolean> flag(JsonObject patch, String field, List<FieldError> errors) {
        if (!patch.containsKey(field)) {
            return Optional.empty();
        }
        JsonValue value = patch.get(field);
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return Optional.of(value == JsonValue.TRUE);
        }
        errors.add(new FieldError(field, "type", "must be true or false"));
        return Optional.empty();
    }
}
