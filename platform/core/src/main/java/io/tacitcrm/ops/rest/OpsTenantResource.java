package io.tacitcrm.ops.rest;

import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.common.rest.PathIds;
import io.tacitcrm.common.rest.QueryParams;
import io.tacitcrm.ops.domain.TenantListQuery;
import io.tacitcrm.ops.rest.OpsJson.ExportJson;
import io.tacitcrm.ops.rest.OpsJson.ExportListJson;
import io.tacitcrm.ops.rest.OpsJson.ImportedJson;
import io.tacitcrm.ops.rest.OpsJson.TenantJson;
import io.tacitcrm.ops.rest.OpsJson.TenantListJson;
import io.tacitcrm.ops.service.PlanAdministration;
import io.tacitcrm.ops.service.TenantOperations;
import io.tacitcrm.ops.service.TenantOperations.TenantCursor;
import io.tacitcrm.ops.service.WorkspaceDeletions;
import io.tacitcrm.ops.service.WorkspaceDeletions.DeletionRequest;
import io.tacitcrm.ops.service.WorkspaceExports;
import io.tacitcrm.ops.service.WorkspaceExports.ExportTicket;
import io.tacitcrm.ops.service.WorkspaceImports;
import io.tacitcrm.ops.service.WorkspaceImports.ImportRequest;
import io.tacitcrm.tenancy.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The workspaces with their usage; suspend and resume. Metadata and counts only: no record of a workspace. */
@Tag(name = "Tenants", description = "The workspaces hosted here, their usage and status.")
@Path("v1/tenants")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpsTenantResource {

    static final String ZIP = "application/zip";

    public record SuspendJson(String reason) {
    }

    public record PlanChoiceJson(String plan) {
    }

    /** A deletion: why, whether without a recent export, and a longer grace period than the least one if wanted. */
    public record DeletionJson(String reason, Boolean withoutExport, Long graceMinutes) {
    }

    @Inject
    TenantOperations tenants;
    @Inject
    PlanAdministration plans;
    @Inject
    WorkspaceExports exports;
    @Inject
    WorkspaceImports imports;
    @Inject
    WorkspaceDeletions deletions;

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

    @Operation(operationId = "opsApproveTenant", summary = "Approve a workspace that waits for approval")
    @POST
    @Path("{id}/approve")
    public TenantJson approve(@PathParam("id") String id) {
        return TenantJson.of(tenants.approve(tenant(id)));
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

    @Operation(operationId = "opsExportTenant", summary = "Export a workspace: its archive, streamed",
            description = "One zip: tables/<schema>.<table>.jsonl per table (ids kept), people/customers.csv and"
                    + " people/contacts.csv, and manifest.json (last) with every entry's size and SHA-256. Progress"
                    + " shows in the workspace's exports while it streams. Recorded in both audits.")
    @APIResponse(responseCode = "200", description = "The archive",
            content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @POST
    @Path("{id}/exports")
    @Produces({ZIP, MediaType.APPLICATION_JSON})
    public Response export(@PathParam("id") String id) {
        ExportTicket ticket = exports.start(tenant(id));
        StreamingOutput archive = out -> exports.stream(ticket, out);
        return Response.ok(archive, ZIP).header("Content-Disposition", "attachment; filename=\""
                + ticket.fileName() + '"').header("X-Export-Id", ticket.id().toString()).build();
    }

    @Operation(operationId = "opsListExports", summary = "A workspace's latest exports, with their progress")
    @GET
    @Path("{id}/exports")
    public ExportListJson exports(@PathParam("id") String id) {
        return new ExportListJson(exports.list(tenant(id)).stream().map(ExportJson::of).toList());
    }

    @Operation(operationId = "opsImportTenant", summary = "Import an archive as a new workspace",
            description = "The body is an archive from opsExportTenant. Ids are kept; the new workspace gets a new"
                    + " id, the given workspace name and display name, and the plan (STANDARD by default). All or"
                    + " nothing: a damaged archive, other schema versions or a missing module are refused (422).")
    @APIResponse(responseCode = "201", description = "Imported",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportedJson.class)))
    @RequestBody(content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @POST
    @Path("imports")
    @Consumes({ZIP, MediaType.APPLICATION_OCTET_STREAM})
    public Response importArchive(InputStream archive, @QueryParam("workspace") String workspace,
            @QueryParam("name") String name, @QueryParam("plan") String plan) {
        var imported = imports.importArchive(archive, new ImportRequest(workspace, name, QueryParams.text(plan)));
        return Response.status(Response.Status.CREATED).entity(ImportedJson.of(imported)).build();
    }

    @Operation(operationId = "opsScheduleDeletion", summary = "Schedule a workspace's deletion",
            description = "Needs an export finished in the last 24 hours, or withoutExport true. The workspace waits"
                    + " in DELETING (nobody signs in) until deleteAfter and can be restored until then; then every row"
                    + " of it is deleted and the operators' audit says whether none remains.")
    @POST
    @Path("{id}/deletion")
    public TenantJson scheduleDeletion(@PathParam("id") String id, @NotNull DeletionJson body) {
        return TenantJson.of(deletions.schedule(tenant(id), new DeletionRequest(body.reason(),
                Boolean.TRUE.equals(body.withoutExport()), Optional.ofNullable(body.graceMinutes()))));
    }

    @Operation(operationId = "opsRestoreTenant", summary = "Call off a scheduled deletion")
    @POST
    @Path("{id}/restore")
    public TenantJson restore(@PathParam("id") String id) {
        return TenantJson.of(deletions.restore(tenant(id)));
    }

    private static TenantId tenant(String id) {
        return new TenantId(PathIds.uuid(id, "tenant"));
    }
}
