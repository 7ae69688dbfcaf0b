package io.tacitcrm.common.rest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The core's API document as the build wrote it (SmallRye OpenAPI's Maven plugin over this module's resources, with
 * {@link ApiDocument} as its filter; platform/core's pom): the server reads a file instead of scanning the
 * application at start-up and keeping a model of it. The document served at {@code /openapi} adds the routes of the
 * active plugins to it.
 */
public final class BaseApiDocument {

    static final String RESOURCE = "api-document.json";

    private BaseApiDocument() {
    }

    /** Read from the class path each time: the caller keeps it if it needs it again. */
    public static JsonObject read() {
        try (InputStream in = BaseApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing: the build writes it (platform/core's pom)");
            }
            try (JsonReader reader = Json.createReader(in)) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
