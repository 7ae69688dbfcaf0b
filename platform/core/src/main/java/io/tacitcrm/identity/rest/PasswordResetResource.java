package io.tacitcrm.identity.rest;

import io.tacitcrm.common.rest.PublicEndpoint;
import io.tacitcrm.identity.service.PasswordResets;
import io.tacitcrm.identity.service.ResetRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "I forgot my password": a reset link by mail, with the same answer whether or not the account exists. */
@Tag(name = "Session")
@Path("password-resets")
@ApplicationScoped
@PublicEndpoint
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

    @Inject
    PasswordResets resets;

    @Operation(operationId = "requestPasswordReset",
            summary = "Send a reset link if the account exists; the answer is the same either way")
    @APIResponse(responseCode = "202", description = "Accepted; a link is on its way if the account exists")
    @APIResponse(responseCode = "429", description = "Too many requests from this address")
    @POST
    public Response request(@Context HttpServletRequest request, @NotNull @Valid ResetRequest reset) {
        resets.request(reset, request.getRemoteAddr());
        return Response.accepted().build();
    }
}
