package io.tacitcrm.activity.rest;

import io.tacitcrm.activity.domain.ActivityCursor;
import io.tacitcrm.activity.service.ActivityFilter;
import io.tacitcrm.activity.service.ActivityService;
import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.common.rest.PathIds;
import io.tacitcrm.common.rest.QueryParams;
import io.tacitcrm.customer.domain.AccountId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer's timeline: every footprint on the account and its opportunities the caller may see, newest first. */
@Tag(name = "Footprints")
@Path("accounts/{id}/timeline")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class TimelineResource {

    @Inject
    ActivityService activities;

    @Operation(operationId = "getAccountTimeline", summary = "A customer's footprints, newest first")
    @GET
    public ActivityResource.ActivityListJson timeline(@PathParam("id") String id, @QueryParam("cursor") String cursor,
                                                      @QueryParam("limit") String limit) {
        return ActivityResource.ActivityListJson.of(activities.list(new ActivityFilter(
                Optional.of(new AccountId(PathIds.uuid(id, "account"))), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), QueryParams.text(cursor).map(ActivityCursor::decode),
                PageLimit.of(limit).value())));
    }
}
