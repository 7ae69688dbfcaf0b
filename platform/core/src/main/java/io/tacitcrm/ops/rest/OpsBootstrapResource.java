package io.tacitcrm.ops.rest;

import io.tacitcrm.common.rest.PublicEndpoint;
import io.tacitcrm.ops.rest.OpsJson.OperatorJson;
import io.tacitcrm.ops.service.NewOperator;
import io.tacitcrm.ops.service.OperatorBootstrap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The first operator, created with the one-time bootstrap token while there is none. */
@Tag(name = "Operator bootstrap", description = "Creating the first operator with the bootstrap token.")
@Path("v1/bootstrap")
@ApplicationScoped
@PublicEndpoint
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpsBootstrapResource {

    public record BootstrapStateJson(Boolean open) {
    }

    public record BootstrapJson(String token, String email, String name, String password) {
    }

    @Inject
    OperatorBootstrap bootstrap;

    @Operation(operationId = "opsBootstrapState", summary = "Whether the first operator is still to be created")
    @GET
    public BootstrapStateJson state() {
        return new BootstrapStateJson(bootstrap.open());
    }

    @Operation(operationId = "opsBootstrap", summary = "Create the first operator with the bootstrap token")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = OperatorJson.class)))
    @POST
    public Response create(@NotNull BootstrapJson body) {
        var first = bootstrap.redeem(body.token(), new NewOperator(body.email(), body.name(), body.password()));
        return Response.status(Response.Status.CREATED).entity(OperatorJson.of(first)).build();
    }
}
