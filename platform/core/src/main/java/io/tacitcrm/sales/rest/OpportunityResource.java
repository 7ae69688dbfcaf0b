package io.tacitcrm.sales.rest;

import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.common.rest.ETags;
import io.tacitcrm.common.rest.JsonMerge;
import io.tacitcrm.common.rest.MergePatch;
import io.tacitcrm.common.rest.PathIds;
import io.tacitcrm.common.rest.QueryParams;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.identity.domain.TeamId;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.sales.domain.DealFilter;
import io.tacitcrm.sales.domain.OpportunityCursor;
import io.tacitcrm.sales.domain.OpportunityId;
import io.tacitcrm.sales.domain.StageId;
import io.tacitcrm.sales.service.CloseOutcome;
import io.tacitcrm.sales.service.OpportunityService;
import io.tacitcrm.sales.service.OpportunityView;
import io.tacitcrm.sales.service.StageMove;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Deals at customers, their stage moves (with requirements) and stage history. */
@Tag(name = "Deals", description = "Opportunities, their stages and stage history.")
@Path("opportunities")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OpportunityResource {

    public record OpportunityListJson(List<OpportunityJson> items, String nextCursor) {
    }

    /**
     * The stage to move to; into a won or lost stage, the reason from the company's list of that kind
     * ({@code GET /process/close-reasons}) and, if said, the competitor it was won against or lost to.
     */
    public record StageRequest(String stageId, String closeReasonId, String competitor) {
    }

    public record StageMoveJson(String fromStageId, String fromStageName, String toStageId, String toStageName,
                                Instant at, String byId, String byName) {

        static StageMoveJson of(StageMove m) {
            return new StageMoveJson(m.from().map(Object::toString).orElse(null), m.fromName().orElse(null),
                    m.to().toString(), m.toName(), m.at(), m.by().toString(), m.byName());
        }
    }

    public record HistoryJson(List<StageMoveJson> items) {
    }

    @Inject
    OpportunityService opportunities;

    /**
     * {@code ownerId} one owner's deals, {@code teamId} those of a team's members, {@code closeFrom}/{@code closeTo}
     * (dates, both included) those expected to close in that range; all within what the caller may see.
     */
    @Operation(operationId = "listOpportunities", summary = "List the deals the caller may see")
    @GET
    public OpportunityListJson list(@QueryParam("accountId") String accountId, @QueryParam("stageId") String stageId,
                                    @QueryParam("ownerId") String ownerId, @QueryParam("teamId") String teamId,
                                    @QueryParam("closeFrom") String closeFrom, @QueryParam("closeTo") String closeTo,
                                    @QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        DealFilter filter = new DealFilter(QueryParams.id("ownerId", ownerId).map(UserId::new),
                QueryParams.id("teamId", teamId).map(TeamId::new), QueryParams.date("closeFrom", closeFrom),
                QueryParams.date("closeTo", closeTo));
        var page = opportunities.list(QueryParams.id("accountId", accountId).map(AccountId::new),
                QueryParams.id("stageId", stageId).map(StageId::new), filter, Optional.empty(),
                QueryParams.text(cursor).map(OpportunityCursor::decode), PageLimit.of(limit).value());
        return new OpportunityListJson(page.items().stream().map(OpportunityJson::of).toList(), page.nextCursor()
                .orElse(null));
    }

    @Operation(operationId = "createOpportunity", summary = "Open a deal")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = OpportunityJson.class)),
            headers = @Header(name = "Location", description = "The new record's address",
                    schema = @Schema(type = SchemaType.STRING)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context UriInfo uri, @NotNull OpportunityInput input) {
        OpportunityView created = opportunities.open(input.toNew());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(ETags.of(created.version())).entity(OpportunityJson.of(created)).build();
    }

    @Operation(operationId = "getOpportunity", summary = "Read a deal")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = OpportunityJson.class)))
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return withTag(opportunities.find(opportunityId(id)));
    }

    @Operation(operationId = "updateOpportunity", summary = "Change a deal (merge patch; a new owner is a transfer)")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = OpportunityJson.class)))
    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @RequestBody(content = {
                    @Content(mediaType = "application/merge-patch+json",
                            schema = @Schema(implementation = OpportunityPatch.class)),
                    @Content(mediaType = "application/json",
                            schema = @Schema(implementation = OpportunityPatch.class))})
                          @NotNull JsonObject patch) {
        MergePatch.requireOnly(patch, OpportunityInput.PATCHABLE);
        Optional<UserId> owner = OpportunityInput.owner(patch);
        return withTag(opportunities.edit(opportunityId(id), ETags.expected(ifMatch),
                current -> JsonMerge.apply(OpportunityInput.of(current), patch).details(), owner));
    }

    @Operation(operationId = "deleteOpportunity", summary = "Delete a deal")
    @APIResponse(responseCode = "204", description = "Done; nothing to return")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        opportunities.remove(opportunityId(id), ETags.expected(ifMatch));
        return Response.noContent().build();
    }

    /**
     * Moves to another stage; 422 lists every unmet requirement of that stage and of every stage the move would pass,
     * or a missing close reason, and changes nothing.
     */
    @Operation(operationId = "moveOpportunityStage", summary = "Move a deal to another stage")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = OpportunityJson.class)))
    @POST
    @Path("{id}/stage")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response stage(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @NotNull StageRequest request) {
        StageId target = new StageId(QueryParams.id("stageId", request.stageId())
                .orElseThrow(() -> InvalidInputException.of("stageId", "required", "must name the target stage")));
        return withTag(opportunities.moveToStage(opportunityId(id), target, ETags.expected(ifMatch),
                new CloseOutcome(Optional.ofNullable(request.closeReasonId()),
                        Optional.ofNullable(request.competitor()))));
    }

    @Operation(operationId = "getOpportunityStageHistory", summary = "A deal's stage history")
    @GET
    @Path("{id}/stage-history")
    public HistoryJson history(@PathParam("id") String id) {
        return new HistoryJson(opportunities.history(opportunityId(id)).stream().map(StageMoveJson::of).toList());
    }

    private static Response withTag(OpportunityView view) {
        return Response.ok(OpportunityJson.of(view)).tag(ETags.of(view.version())).build();
    }

    private static OpportunityId opportunityId(String id) {
        return new OpportunityId(PathIds.uuid(id, "opportunity"));
    }
}
