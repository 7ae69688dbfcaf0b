package io.tacitcrm.ops.rest;

import io.tacitcrm.audit.domain.AuditCursor;
import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.common.rest.QueryParams;
import io.tacitcrm.ops.domain.OperatorAuditQuery;
import io.tacitcrm.ops.rest.OpsJson.OperatorAuditJson;
import io.tacitcrm.ops.rest.OpsJson.OperatorAuditListJson;
import io.tacitcrm.ops.service.OperatorAdministration;
import io.tacitcrm.tenancy.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What operators did, newest first; of one workspace or all. */
@Tag(name = "Operator audit", description = "Every operator action.")
@Path("v1/audit")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class OpsAuditResource {

    @Inject
    OperatorAdministration administration;

    @Operation(operationId = "opsListAudit", summary = "Read the operators' audit")
    @GET
    public OperatorAuditListJson list(@QueryParam("tenantId") String tenantId, @QueryParam("cursor") String cursor,
            @QueryParam("limit") String limit) {
        var page = administration.audit(new OperatorAuditQuery(QueryParams.id("tenantId", tenantId).map(TenantId::new),
                QueryParams.text(cursor).map(AuditCursor::decode), PageLimit.of(limit).value()));
        return new OperatorAuditListJson(page.items().stream().map(OperatorAuditJson::of).toList(),
                page.nextCursor().orElse(null));
    }
}
