package io.tacitcrm.common.rest;

import jakarta.json.JsonObject;

/**
 * A feature's own part of the API document served at {@code /openapi}: it receives the document so far (the core's
 * operations, already described by {@link ApiDocument}) and answers it with its paths, schemas and tags added. The
 * plugin host adds the routes its active plugins describe. Implementations are CDI beans.
 */
public interface ApiDocumentContributor {

    JsonObject contribute(JsonObject document);
}
