package io.tacitcrm.tenancy.rest;

import io.tacitcrm.common.rest.PublicEndpoint;
import io.tacitcrm.tenancy.service.SignupRequest;
import io.tacitcrm.tenancy.service.SignupResult;
import io.tacitcrm.tenancy.service.SignupService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** A company signs up: creates its workspace and first administrator. */
@Path("signup")
@RequestScoped
@PublicEndpoint
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SignupResource {

    public record SignupJson(String tenantId, String workspace, String adminUserId) {
    }

    @Inject
    SignupService signup;

    @POST
    public Response signUp(@NotNull @Valid SignupRequest request) {
        SignupResult result = signup.signUp(request);
        return Response.status(Response.Status.CREATED)
                .entity(new SignupJson(result.tenantId().toString(), result.workspace().value(), result.adminUserId().toString()))
                .build();
    }
}
