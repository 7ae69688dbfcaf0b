package io.tacitcrm.ops.rest;

import io.tacitcrm.common.rest.Endpoints;
import io.tacitcrm.common.rest.Problem;
import io.tacitcrm.ops.service.OperatorSignIn;
import io.tacitcrm.ops.service.OperatorSignInRequiredException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Establishes the operator of a request from an operator token ({@code tco_…}) only; everything but the sign-in and
 * bootstrap ends here with 401 without one. A tenant's token has another shape and is never looked up.
 */
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class OpsAuthenticationFilter implements ContainerRequestFilter {

    @Context
    ResourceInfo resource;
    @Inject
    OperatorSignIn signIn;

    @Override
    public void filter(ContainerRequestContext request) {
        if (Endpoints.isPublic(resource)) {
            return;
        }
        if (Endpoints.bearer(request.getHeaderString(HttpHeaders.AUTHORIZATION)).flatMap(signIn::establish)
                .isEmpty()) {
            OperatorSignInRequiredException ended = new OperatorSignInRequiredException();
            request.abortWith(Problem.unauthorized(ended.code(), ended.getMessage()));
        }
    }
}
