package io.tacitcrm.identity.rest;

import io.tacitcrm.common.rest.Problem;
import io.tacitcrm.common.rest.PublicEndpoint;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.SessionTokens;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Resolves the caller — and with it the tenant — once per request, from the bearer token only. Requests to anything
 * but a {@link PublicEndpoint} without a valid token end here with 401.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthenticationFilter implements ContainerRequestFilter {

    private static final String SCHEME = "Bearer ";

    @Context
    ResourceInfo resource;
    @Inject
    SessionTokens tokens;
    @Inject
    CurrentPrincipal principal;

    @Override
    public void filter(ContainerRequestContext request) {
        if (isPublic()) {
            return;
        }
        Optional<String> token = bearer(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        token.flatMap(tokens::authenticate).ifPresentOrElse(principal::establish, () -> request.abortWith(
                Response.fromResponse(Problem.response(Response.Status.UNAUTHORIZED, "auth.required",
                                "A valid bearer token is required (POST /api/v1/sessions to get one)."))
                        .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tacit\"").build()));
    }

    static Optional<String> bearer(String header) {
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(SCHEME.length()).strip());
    }

    private boolean isPublic() {
        return resource.getResourceMethod() != null
                && (resource.getResourceMethod().isAnnotationPresent(PublicEndpoint.class)
                || resource.getResourceClass().isAnnotationPresent(PublicEndpoint.class));
    }
}
