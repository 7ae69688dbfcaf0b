package io.tacitcrm.common.json;

import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;

/**
 * JSON-P's provider, looked up once. Each static {@code Json.create...} call looks it up again through the
 * {@code ServiceLoader}: in a plain JVM a line read and rebuilt so took ~80 µs against ~3 µs through one provider.
 */
public final class JsonValues {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private JsonValues() {
    }

    public static JsonProvider provider() {
        return PROVIDER;
    }

    /** @throws jakarta.json.JsonException when the text is not JSON */
    public static JsonValue read(String text) {
        try (JsonReader reader = PROVIDER.createReader(new StringReader(text))) {
            return reader.readValue();
        }
    }
}
