package io.tacitcrm.sales.rest;

import io.tacitcrm.common.rest.ETags;
import io.tacitcrm.sales.service.SalesProcess;
import io.tacitcrm.sales.service.SalesProcessService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The workspace's sales process; its ETag is the process revision, honoured by If-Match on PUT. */
@Tag(name = "Deals")
@Path("process")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProcessResource {

    @Inject
    SalesProcessService process;

    @Operation(operationId = "getSalesProcess", summary = "Read the sales process")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProcessJson.class)))
    @GET
    public Response get() {
        SalesProcess current = process.current();
        return Response.ok(ProcessJson.of(current)).tag(ETags.of(current.revision())).build();
    }

    @Operation(operationId = "replaceSalesProcess", summary = "Replace the sales process")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProcessJson.class)))
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull ProcessJson submitted) {
        SalesProcess updated = process.replace(submitted.toSubmissions(), ETags.expected(ifMatch));
        return Response.ok(ProcessJson.of(updated)).tag(ETags.of(updated.revision())).build();
    }
}
