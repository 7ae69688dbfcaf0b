package io.tacitcrm.sales.rest;

import io.tacitcrm.common.rest.ETags;
import io.tacitcrm.sales.service.SalesProcess;
import io.tacitcrm.sales.service.SalesProcessService;
import jakarta.enterprise.context.RequestScoped;
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

/** The workspace's sales process; its ETag is the process revision, honoured by If-Match on PUT. */
@Path("process")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProcessResource {

    @Inject
    SalesProcessService process;

    @GET
    public Response get() {
        SalesProcess current = process.current();
        return Response.ok(ProcessJson.of(current)).tag(ETags.of(current.revision())).build();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response put(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull ProcessJson submitted) {
        SalesProcess updated = process.replace(submitted.toSubmissions(), ETags.expected(ifMatch));
        return Response.ok(ProcessJson.of(updated)).tag(ETags.of(updated.revision())).build();
    }
}
