package io.tacitcrm.activity.rest;

import io.tacitcrm.activity.domain.ActivityCursor;
import io.tacitcrm.activity.domain.ActivityId;
import io.tacitcrm.activity.domain.GeoPoint;
import io.tacitcrm.activity.service.ActivityFilter;
import io.tacitcrm.activity.service.ActivityService;
import io.tacitcrm.activity.service.ActivityView;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.Page;
import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.common.rest.ETags;
import io.tacitcrm.common.rest.JsonMerge;
import io.tacitcrm.common.rest.PathIds;
import io.tacitcrm.common.rest.QueryParams;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.sales.domain.OpportunityId;
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
import java.time.ZoneId;
import java.util.Optional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Footprints: log, read, correct, remove; lists by account, opportunity, or owner and time window (the day view). */
@Tag(name = "Footprints", description = "Activities (footprints) on customers and deals, planned or done.")
@Path("activities")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ActivityResource {

    private static final String TIME_ZONE = "The caller's time zone (e.g. Asia/Shanghai): a planned footprint may"
            + " not lie before today there. Without it, any zone's today is accepted.";

    public record ActivityListJson(List<ActivityJson> items, String nextCursor) {

        static ActivityListJson of(Page<ActivityView, ActivityCursor> page) {
            return new ActivityListJson(page.items().stream().map(ActivityJson::of).toList(), page.nextCursor()
                    .orElse(null));
        }
    }

    @Inject
    ActivityService activities;

    @Operation(operationId = "listActivities", summary = "List footprints the caller may see")
    @GET
    public ActivityListJson list(@QueryParam("accountId") String accountId,
            @QueryParam("opportunityId") String opportunityId,
                                 @QueryParam("ownerId") String ownerId, @QueryParam("from") String from,
                                 @QueryParam("to") String to, @QueryParam("cursor") String cursor,
                                 @QueryParam("limit") String limit) {
        return ActivityListJson.of(activities.list(new ActivityFilter(
                QueryParams.id("accountId", accountId).map(AccountId::new),
                QueryParams.id("opportunityId", opportunityId).map(OpportunityId::new),
                QueryParams.id("ownerId", ownerId).map(UserId::new),
                QueryParams.instant("from", from), QueryParams.instant("to", to),
                QueryParams.text(cursor).map(ActivityCursor::decode), PageLimit.of(limit).value())));
    }

    @Operation(operationId = "createActivity", summary = "Log a footprint")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ActivityJson.class)),
            headers = @Header(name = "Location", description = "The new record's address",
                    schema = @Schema(type = SchemaType.STRING)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context UriInfo uri, @NotNull ActivityInput input, @Parameter(description = TIME_ZONE)
                           @QueryParam("timeZone") String timeZone) {
        ActivityView created = activities.log(input.toNew(footprintZone(timeZone)));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(ETags.of(created.version())).entity(ActivityJson.of(created)).build();
    }

    @Operation(operationId = "getActivity", summary = "Read a footprint")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ActivityJson.class)))
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        ActivityView activity = activities.find(activityId(id));
        return Response.ok(ActivityJson.of(activity)).tag(ETags.of(activity.version())).build();
    }

    @Operation(operationId = "updateActivity", summary = "Change a footprint (merge patch)")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ActivityJson.class)))
    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @RequestBody(content = {
                    @Content(mediaType = "application/merge-patch+json",
                            schema = @Schema(implementation = ActivityPatch.class)),
                    @Content(mediaType = "application/json",
                            schema = @Schema(implementation = ActivityPatch.class))})
                          @NotNull JsonObject patch, @Parameter(description = TIME_ZONE)
                          @QueryParam("timeZone") String timeZone) {
        Optional<ZoneId> zone = footprintZone(timeZone);
        ActivityView updated = activities.edit(activityId(id), ETags.expected(ifMatch),
                current -> JsonMerge.apply(ActivityInput.of(current), patch, ActivityInput.PATCHABLE).toEdit(zone));
        return Response.ok(ActivityJson.of(updated)).tag(ETags.of(updated.version())).build();
    }

    /** What came of a planned footprint now done. */
    /** {@code location}: where the rep is as the footprint is marked done, if known (set once, never changed). */
    public record CompletionJson(String outcome, LocationJson location) {
    }

    @Operation(operationId = "completeActivity",
            summary = "Mark a planned footprint done, with its outcome (at the planned time, or now if that is ahead)")
    @APIResponse(responseCode = "200", description = "Done",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ActivityJson.class)))
    @POST
    @Path("{id}/completion")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response complete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @NotNull CompletionJson completion) {
        List<FieldError> errors = new ArrayList<>();
        Optional<GeoPoint> where = LocationJson.point(errors, completion.location());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ActivityView done = activities.complete(activityId(id), completion.outcome(), where, ETags.expected(ifMatch));
        return Response.ok(ActivityJson.of(done)).tag(ETags.of(done.version())).build();
    }

    /** The deal to link a footprint to, which was left on the customer alone. */
    public record LinkJson(String opportunityId) {
    }

    @Operation(operationId = "linkActivityToOpportunity",
            summary = "Link a footprint left on the customer alone to one of its deals, where it counts for the stages")
    @APIResponse(responseCode = "200", description = "Linked",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ActivityJson.class)))
    @POST
    @Path("{id}/opportunity")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response link(@PathParam("id") String id, @NotNull LinkJson link) {
        OpportunityId deal = new OpportunityId(QueryParams.id("opportunityId", link.opportunityId())
                .orElseThrow(() -> InvalidInputException.of("opportunityId", "required", "must name the deal")));
        ActivityView linked = activities.linkToOpportunity(activityId(id), deal);
        return Response.ok(ActivityJson.of(linked)).tag(ETags.of(linked.version())).build();
    }

    @Operation(operationId = "deleteActivity", summary = "Delete a footprint")
    @APIResponse(responseCode = "204", description = "Done; nothing to return")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        activities.remove(activityId(id), ETags.expected(ifMatch));
        return Response.noContent().build();
    }

    /** The caller's time zone for "today", if sent (a planned footprint may not lie before it). */
    private static Optional<ZoneId> footprintZone(String timeZone) {
        return QueryParams.text(timeZone).map(zone -> QueryParams.zone("timeZone", zone));
    }

    private static ActivityId activityId(String id) {
        return new ActivityId(PathIds.uuid(id, "activity"));
    }
}
