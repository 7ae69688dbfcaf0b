package io.tacitcrm.audit.rest;

import io.tacitcrm.audit.domain.AuditCursor;
import io.tacitcrm.audit.domain.AuditEntry;
import io.tacitcrm.audit.domain.AuditQuery;
import io.tacitcrm.audit.service.AuditReading;
import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.common.rest.QueryParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The workspace's audit log, newest first; needs {@code audit.read}. */
@Tag(name = "Audit", description = "Who changed what, when (administrators).")
@Path("audit")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    public record AuditEntryJson(String id, Instant at, String actorId, String action, String entityType,
            String entityId,
                                 String summary) {

        static AuditEntryJson of(AuditEntry e) {
            return new AuditEntryJson(e.id().toString(), e.at(), e.actor().map(Object::toString).orElse(null),
                    e.action(), e.entityType(), e.entityId().map(Object::toString).orElse(null), e.summary());
        }
    }

    public record AuditListJson(List<AuditEntryJson> items, String nextCursor) {
    }

    @Inject
    AuditReading audit;

    @Operation(operationId = "listAudit", summary = "Read the audit log")
    @GET
    public AuditListJson list(@QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
                              @QueryParam("actorId") String actorId, @QueryParam("from") String from,
                              @QueryParam("to") String to, @QueryParam("cursor") String cursor,
                              @QueryParam("limit") String limit) {
        var page = audit.page(new AuditQuery(QueryParams.text(entityType), QueryParams.id("entityId", entityId),
                QueryParams.id("actorId", actorId), QueryParams.instant("from", from), QueryParams.instant("to", to),
                QueryParams.text(cursor).map(AuditCursor::decode), PageLimit.of(limit).value()));
        return new AuditListJson(page.items().stream().map(AuditEntryJson::of).toList(), page.nextCursor()
                .orElse(null));
    }
}
