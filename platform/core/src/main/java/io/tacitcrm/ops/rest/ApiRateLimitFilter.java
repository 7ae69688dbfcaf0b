package io.tacitcrm.ops.rest;

import io.tacitcrm.common.rest.Problem;
import io.tacitcrm.ops.service.ApiRateLimit;
import io.tacitcrm.tenancy.service.TenantContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * Holds each workspace to its plan's API requests per minute (the tenants' API only; the operators' API lists its
 * own classes): 429 with the limit, the figure reached and Retry-After, before any work.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 50)
public class ApiRateLimitFilter implements ContainerRequestFilter {

    @Inject
    TenantContext tenant;
    @Inject
    ApiRateLimit limit;

    @Override
    public void filter(ContainerRequestContext request) {
        tenant.current().flatMap(limit::take).ifPresent(refusal -> request.abortWith(Response.fromResponse(
                Problem.limited(Problem.status(429, "Too Many Requests"), "plan.api-rate",
                        "The plan allows " + refusal.limit() + " API requests a minute; try again in "
                                + Math.max(1, refusal.retryAfter().toSeconds()) + " s.", refusal.limit(),
                        refusal.current()))
                .header("Retry-After", Math.max(1, refusal.retryAfter().toSeconds())).build()));
    }
}
