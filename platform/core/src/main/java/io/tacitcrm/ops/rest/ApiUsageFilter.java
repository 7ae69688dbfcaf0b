package io.tacitcrm.ops.rest;

import io.tacitcrm.ops.service.ApiUsage;
import io.tacitcrm.tenancy.service.TenantContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** Counts every answered request of the tenants' API against its workspace (the operators' API is not counted). */
@Provider
public class ApiUsageFilter implements ContainerResponseFilter {

    @Inject
    TenantContext tenant;
    @Inject
    ApiUsage usage;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        tenant.current().ifPresent(t -> usage.count(t, response.getStatus()));
    }
}
