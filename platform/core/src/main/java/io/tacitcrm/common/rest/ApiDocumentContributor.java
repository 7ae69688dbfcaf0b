package io.tacitcrm.common.rest;

import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * A feature's own part of the API document, added after the core's operations are described (the plugin host adds the
 * routes its plugins describe). Implementations are CDI beans.
 */
public interface ApiDocumentContributor {

    void contribute(OpenAPI api);
}
