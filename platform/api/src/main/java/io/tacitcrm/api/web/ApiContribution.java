package io.tacitcrm.api.web;

import io.tacitcrm.api.Stable;
import org.pf4j.ExtensionPoint;

/**
 * Your plugin's REST endpoints, served under {@code /api/v1/x/<plugin id>/} to signed-in users of tenants that enabled
 * the plugin (404 for everyone else). The host authenticates the caller, runs your handler with a time limit, turns an
 * {@link ApiProblem} into an RFC 9457 problem document and any other exception into a 500 problem, and writes bodies
 * as JSON.
 *
 * <pre>{@code
 * public void routes(ApiRoutes routes) {
 *     routes.get("articles", this::list)
 *           .get("articles/{id}", this::read);
 * }
 * }</pre>
 */
@Stable(since = "0.1")
public interface ApiContribution extends ExtensionPoint {

    void routes(ApiRoutes routes);
}
