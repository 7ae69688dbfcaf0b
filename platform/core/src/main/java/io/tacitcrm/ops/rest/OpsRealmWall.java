package io.tacitcrm.ops.rest;

import io.tacitcrm.common.rest.Problem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * The tenants' application finds every resource of the web application, the operators' ones included; this filter,
 * which only the tenants' application has, answers 404 for those before authentication, as for any unknown path.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class OpsRealmWall implements ContainerRequestFilter {

    private static final String OPS_PACKAGE = OpsRealmWall.class.getPackageName();

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceClass() != null
                && resource.getResourceClass().getPackageName().equals(OPS_PACKAGE)) {
            request.abortWith(Problem.response(Response.Status.NOT_FOUND, "not-found", "No such resource."));
        }
    }
}
