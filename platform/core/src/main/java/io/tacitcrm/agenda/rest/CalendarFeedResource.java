package io.tacitcrm.agenda.rest;

import io.tacitcrm.agenda.service.CalendarFeedService;
import io.tacitcrm.agenda.service.CalendarFeedService.CreatedFeed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's calendar feed: whether there is one, a new address (shown once), revoking it. */
@Tag(name = "Reminders")
@Path("me/calendar-feed")
@ApplicationScoped
public class CalendarFeedResource {

    @Inject
    CalendarFeedService feeds;

    /** {@code active}: whether a feed address works now, made at {@code createdAt}. */
    public record CalendarFeedJson(boolean active, Instant createdAt) {
    }

    /** {@code url}: the feed's address, shown only here; subscribe to it in a calendar. */
    public record CreatedFeedJson(String url, Instant createdAt) {
    }

    @Operation(operationId = "getMyCalendarFeed", summary = "Whether I have a calendar feed (never its address)")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public CalendarFeedJson mine() {
        var created = feeds.mine();
        return new CalendarFeedJson(created.isPresent(), created.orElse(null));
    }

    @Operation(operationId = "createMyCalendarFeed",
            summary = "Make a new address for my calendar feed; any earlier address stops working")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = CreatedFeedJson.class)))
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response create() {
        CreatedFeed created = feeds.create();
        return Response.status(Response.Status.CREATED).entity(new CreatedFeedJson(created.url(),
                created.createdAt())).build();
    }

    @Operation(operationId = "revokeMyCalendarFeed", summary = "Revoke my calendar feed's address")
    @APIResponse(responseCode = "204", description = "Revoked")
    @DELETE
    public Response revoke() {
        feeds.revoke();
        return Response.noContent().build();
    }
}
