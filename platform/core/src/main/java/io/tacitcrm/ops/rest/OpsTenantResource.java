package io.tacitcrm.ops.rest;

import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.common.rest.PathIds;
import io.tacitcrm.common.rest.QueryParams;
import io.tacitcrm.ops.domain.TenantListQuery;
import io.tacitcrm.ops.rest.OpsJson.TenantJson;
import io.tacitcrm.ops.rest.OpsJson.TenantListJson;
import io.tacitcrm.ops.service.PlanAdministration;
import io.tacitcrm.ops.service.TenantOperations;
import io.tacitcrm.ops.service.TenantOperations.TenantCursor;
import io.tacitcrm.tenancy.domain.TenantId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The workspaces with their usage; suspend and resume. Metadata and counts only: no record of a workspace. */
@Tag(name = "Tenants", description = "The workspaces hosted here, their usage and status.")
@Path("v1/tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpsTenantResource {

    public record SuspendJson(String reason) {
    }

    public record PlanChoiceJson(String plan) {
    }

    @Inject
    TenantOperations tenants;
    @Inject
    PlanAdministration plans;

    @Operation(operationId = "opsListTenants", summary = "List the workspaces with their usage",
            description = "q searches name and workspace; sort is name (default), created, size or lastActivity.")
    @GET
    public TenantListJson list(@QueryParam("q") String q, @QueryParam("sort") String sort,
            @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        var page = tenants.page(new TenantListQuery(QueryParams.text(q),
                TenantListQuery.Sort.of(QueryParams.text(sort)), QueryParams.text(cursor).map(TenantCursor::decode),
                PageLimit.of(limit).value()));
        return new TenantListJson(page.items().stream().map(TenantJson::of).toList(), page.nextCursor().orElse(null));
    }

    @Operation(operationId = "opsGetTenant", summary = "One workspace with its usage")
    @GET
    @Path("{id}")
    public TenantJson get(@PathParam("id") String id) {
        return TenantJson.of(tenants.get(tenant(id)));
    }

    @Operation(operationId = "opsSuspendTenant", summary = "Suspend a workspace, saying why")
    @POST
    @Path("{id}/suspend")
    public TenantJson suspend(@PathParam("id") String id, @NotNull SuspendJson body) {
        return TenantJson.of(tenants.suspend(tenant(id), body.reason()));
    }

    @Operation(operationId = "opsResumeTenant", summary = "Resume a suspended workspace")
    @POST
    @Path("{id}/resume")
    public TenantJson resume(@PathParam("id") String id) {
        return TenantJson.of(tenants.resume(tenant(id)));
    }

    @Operation(operationId = "opsMeasureTenant", summary = "Measure a workspace's usage now")
    @POST
    @Path("{id}/measurements")
    public TenantJson measure(@PathParam("id") String id) {
        return TenantJson.of(tenants.measure(tenant(id)));
    }

    @Operation(operationId = "opsAssignPlan", summary = "Move a workspace to a plan")
    @PUT
    @Path("{id}/plan")
    public TenantJson assign(@PathParam("id") String id, @NotNull PlanChoiceJson body) {
        plans.assign(tenant(id), body.plan());
        return TenantJson.of(tenants.get(tenant(id)));
    }

    private static TenantId tenant(String id) {
        return new TenantId(PathIds.uuid(id, "tenant"));
    }
}
