package io.tacitcrm.common.rest;

import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.json.JsonValues;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

/**
 * JSON merge patch (RFC 7386) onto an input record: the current state as the client would have sent it, the patch
 * applied (present replaces, {@code null} clears, absent keeps), read back as the same record type. Fields a client may
 * not write are not components of the input record, so a patch cannot reach them.
 */
public final class JsonMerge {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private JsonMerge() {
    }

    public static <T extends Record> T apply(T current, JsonObject patch) {
        return apply(current, patch, Arrays.stream(current.getClass().getRecordComponents())
                .map(RecordComponent::getName).toList());
    }

    /** As {@link #apply(Record, JsonObject)}, accepting only the fields named (a patch naming any other is refused). */
    @SuppressWarnings("unchecked")
    public static <T extends Record> T apply(T current, JsonObject patch, List<String> accepted) {
        MergePatch.requireOnly(patch, accepted);
        JsonValue state = JsonValues.read(JSONB.toJson(current));
        JsonValue merged = JsonValues.provider().createMergePatch(patch).apply(state);
        try {
            return (T) JSONB.fromJson(merged.toString(), current.getClass());
        } catch (JsonbException e) {
            throw InvalidInputException.of("body", "type", "a field has the wrong type for this record");
        }
    }
}
