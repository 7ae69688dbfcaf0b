package io.tacitcrm.agenda.rest;

import io.tacitcrm.agenda.service.CalendarFeedService;
import io.tacitcrm.common.rest.PublicEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A calendar feed, {@code /calendar-feeds/<secret>.ics}: called by a calendar app without a token, the secret in the
 * address being the key. Any address not (or no longer) valid is 404.
 */
@Tag(name = "Reminders")
@Path("calendar-feeds")
@ApplicationScoped
@PublicEndpoint
public class CalendarResource {

    static final String CALENDAR = "text/calendar";

    @Inject
    CalendarFeedService feeds;

    @Operation(operationId = "readCalendarFeed",
            summary = "A user's footprints as iCalendar (RFC 5545), for a calendar subscription")
    @APIResponse(responseCode = "200", description = "The calendar", content = @Content(mediaType = CALENDAR,
            schema = @Schema(implementation = String.class)))
    @GET
    @Path("{secret}.ics")
    @Produces(CALENDAR)
    public Response feed(@PathParam("secret") String secret) {
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoStore(true);
        return Response.ok(feeds.feed(secret), CALENDAR + "; charset=utf-8").cacheControl(cache).build();
    }
}
