package io.tacitcrm.api.web;

import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.Stable;

/** Answers one route. */
@Stable(since = "0.1")
@FunctionalInterface
public interface ApiHandler {

    ApiResponse handle(ApiRequest request, PluginContext context) throws Exception;
}
