package io.tacitcrm.tenancy.rest;

import io.tacitcrm.common.rest.PublicEndpoint;
import io.tacitcrm.tenancy.domain.TenantStatus;
import io.tacitcrm.tenancy.service.SignupRequest;
import io.tacitcrm.tenancy.service.SignupResult;
import io.tacitcrm.tenancy.service.SignupService;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A company signs up: creates its workspace and first administrator. */
@Tag(name = "Session")
@Path("signup")
@ApplicationScoped
@PublicEndpoint
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SignupResource {

    /** @param status ACTIVE, or PENDING while the workspace waits for the provider's approval */
    public record SignupJson(String tenantId, String workspace, String adminUserId, String status) {
    }

    @Inject
    SignupService signup;

    @Operation(operationId = "signUp", summary = "Sign a new company up")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SignupJson.class)))
    @POST
    public Response signUp(@Context HttpServletRequest http, @NotNull @Valid SignupRequest request) {
        SignupResult result = signup.signUp(request, http.getRemoteAddr());
        return Response.status(Response.Status.CREATED)
                .entity(new SignupJson(result.tenantId().toString(), result.workspace().value(), result.adminUserId()
                        .toString(), result.pending() ? TenantStatus.PENDING.name() : TenantStatus.ACTIVE.name()))
                .build();
    }
}
