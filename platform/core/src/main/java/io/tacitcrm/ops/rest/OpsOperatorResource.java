package io.tacitcrm.ops.rest;

import io.tacitcrm.common.rest.PathIds;
import io.tacitcrm.ops.domain.OperatorId;
import io.tacitcrm.ops.rest.OpsJson.OperatorJson;
import io.tacitcrm.ops.rest.OpsJson.OperatorListJson;
import io.tacitcrm.ops.service.NewOperator;
import io.tacitcrm.ops.service.OperatorAdministration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The operators: listed, added (they enrol their second factor at the first sign-in), deactivated. */
@Tag(name = "Operators", description = "The hosting operators.")
@Path("v1/operators")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpsOperatorResource {

    public record NewOperatorJson(String email, String name, String password) {
    }

    @Inject
    OperatorAdministration administration;

    @Operation(operationId = "opsListOperators", summary = "List the operators")
    @GET
    public OperatorListJson list() {
        return new OperatorListJson(administration.all().stream().map(OperatorJson::of).toList());
    }

    @Operation(operationId = "opsAddOperator", summary = "Add an operator")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = OperatorJson.class)))
    @POST
    public Response add(@NotNull NewOperatorJson body) {
        var added = administration.add(new NewOperator(body.email(), body.name(), body.password()));
        return Response.status(Response.Status.CREATED).entity(OperatorJson.of(added)).build();
    }

    @Operation(operationId = "opsDeactivateOperator", summary = "Deactivate an operator; his sessions end")
    @POST
    @Path("{id}/deactivate")
    public OperatorJson deactivate(@PathParam("id") String id) {
        return OperatorJson.of(administration.deactivate(new OperatorId(PathIds.uuid(id, "operator"))));
    }
}
