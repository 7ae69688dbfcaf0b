package io.tacitcrm.activity.rest;

import io.tacitcrm.activity.domain.ActivityCursor;
import io.tacitcrm.activity.domain.ActivityId;
import io.tacitcrm.activity.service.ActivityFilter;
import io.tacitcrm.activity.service.ActivityService;
import io.tacitcrm.activity.service.ActivityView;
import io.tacitcrm.common.domain.Page;
import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.common.rest.ETags;
import io.tacitcrm.common.rest.JsonMerge;
import io.tacitcrm.common.rest.PathIds;
import io.tacitcrm.common.rest.QueryParams;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.sales.domain.OpportunityId;
import jakarta.enterprise.context.RequestScoped;
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
import java.util.List;

/** Footprints: log, read, correct, remove; lists by account, opportunity, or owner and time window (the day view). */
@Path("activities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ActivityResource {

    public record ActivityListJson(List<ActivityJson> items, String nextCursor) {

        static ActivityListJson of(Page<ActivityView> page) {
            return new ActivityListJson(page.items().stream().map(ActivityJson::of).toList(), page.nextCursor().orElse(null));
        }
    }

    @Inject
    ActivityService activities;
    @Context
    UriInfo uri;

    @GET
    public ActivityListJson list(@QueryParam("accountId") String accountId, @QueryParam("opportunityId") String opportunityId,
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull ActivityInput input) {
        ActivityView created = activities.log(input.toNew());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(ETags.of(created.version())).entity(ActivityJson.of(created)).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        ActivityView activity = activities.find(activityId(id));
        return Response.ok(ActivityJson.of(activity)).tag(ETags.of(activity.version())).build();
    }

    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @NotNull JsonObject patch) {
        ActivityView updated = activities.edit(activityId(id), ETags.expected(ifMatch),
                current -> JsonMerge.apply(ActivityInput.of(current), patch, ActivityInput.PATCHABLE).toEdit());
        return Response.ok(ActivityJson.of(updated)).tag(ETags.of(updated.version())).build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        activities.remove(activityId(id), ETags.expected(ifMatch));
        return Response.noContent().build();
    }

    private static ActivityId activityId(String id) {
        return new ActivityId(PathIds.uuid(id, "activity"));
    }
}
