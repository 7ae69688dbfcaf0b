package io.tacitcrm.common.rest;

import io.tacitcrm.common.domain.FieldError;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Optional;

/** Reading fields of a JSON merge patch (RFC 7386): absent means "unchanged"; a wrong type is a field error. */
public final class MergePatch {

    private MergePatch() {
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
