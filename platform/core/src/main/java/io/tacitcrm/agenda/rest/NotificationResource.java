package io.tacitcrm.agenda.rest;

import io.tacitcrm.agenda.domain.Notification;
import io.tacitcrm.agenda.domain.NotificationCursor;
import io.tacitcrm.agenda.service.Reminders;
import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.common.rest.PathIds;
import io.tacitcrm.common.rest.QueryParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's reminders, newest due first: follow-ups due today or overdue, deals stuck in their stage, a daily
 * report missing in the evening, customers handed over. A reminder whose cause is gone (the follow-up done or moved,
 * the deal moved on, the report written) is no longer listed.
 */
@Tag(name = "Reminders",
        description = "The caller's reminders and their settings, the company's limits, the calendar feed.")
@Path("me/notifications")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {

    @Inject
    Reminders reminders;

    /**
     * One reminder. {@code kind} says what {@code subjectId} is: FOLLOW_UP a footprint, DEAL_STALLED a deal,
     * REPORT_MISSING the user (the report of {@code occasion}), HANDED_OVER a customer, TRANSFERRED a transfer.
     * {@code title} names it (the footprint's subject, the deal, the customer, the number of customers transferred),
     * {@code detail} gives its context (the customer, the stage, who handed over).
     */
    public record NotificationJson(String id, String kind, String subjectId, String customerId, LocalDate occasion,
            Instant dueAt, String title, String detail, Instant createdAt, boolean read) {
        static NotificationJson of(Notification n) {
            return new NotificationJson(n.id().toString(), n.kind().name(), n.subjectId().toString(),
                    n.accountId().map(Object::toString).orElse(null), n.occasion(), n.dueAt(), n.title(), n.detail(),
                    n.createdAt(), !n.unread());
        }
    }

    public record NotificationPageJson(List<NotificationJson> items, String nextCursor) {
    }

    public record UnreadJson(int unread) {
    }

    public record MarkedJson(int marked) {
    }

    @Operation(operationId = "listMyNotifications", summary = "List my reminders, newest due first")
    @GET
    public NotificationPageJson list(@QueryParam("unread") boolean unreadOnly, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        var page = reminders.mine(unreadOnly, QueryParams.text(cursor).map(NotificationCursor::decode),
                PageLimit.of(limit).value());
        return new NotificationPageJson(page.items().stream().map(NotificationJson::of).toList(),
                page.nextCursor().orElse(null));
    }

    @Operation(operationId = "countMyUnreadNotifications", summary = "How many of my reminders are unread")
    @GET
    @Path("unread-count")
    public UnreadJson unread() {
        return new UnreadJson(reminders.unreadCount());
    }

    @Operation(operationId = "readMyNotification", summary = "Mark one of my reminders read")
    @APIResponse(responseCode = "204", description = "Marked read")
    @POST
    @Path("{id}/read")
    public Response read(@PathParam("id") String id) {
        reminders.markRead(PathIds.uuid(id, "notification"));
        return Response.noContent().build();
    }

    @Operation(operationId = "readAllMyNotifications", summary = "Mark all my reminders read")
    @POST
    @Path("read")
    public MarkedJson readAll() {
        return new MarkedJson(reminders.markAllRead());
    }
}
