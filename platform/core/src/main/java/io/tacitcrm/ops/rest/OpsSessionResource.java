package io.tacitcrm.ops.rest;

import io.tacitcrm.common.rest.Endpoints;
import io.tacitcrm.common.rest.PublicEndpoint;
import io.tacitcrm.ops.rest.OpsJson.CurrentOperatorJson;
import io.tacitcrm.ops.service.CurrentOperator;
import io.tacitcrm.ops.service.Enrolment;
import io.tacitcrm.ops.service.OperatorSession;
import io.tacitcrm.ops.service.OperatorSignIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators sign in with password and second factor; a session is short and cannot be extended. */
@Tag(name = "Operator session", description = "Signing operators in and out; the second factor.")
@Path("v1/sessions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpsSessionResource {

    public record SignInJson(String email, String password, String code) {
    }

    public record EnrolJson(String email, String password) {
    }

    public record EnrolmentJson(String secret, String uri) {
    }

    public record OperatorSessionJson(String token, Instant expiresAt, CurrentOperatorJson operator) {
    }

    @Inject
    OperatorSignIn signIn;
    @Inject
    CurrentOperator current;

    @Operation(operationId = "opsEnrol", summary = "Set up the second factor (before it is confirmed)")
    @POST
    @Path("enrolment")
    @PublicEndpoint
    public EnrolmentJson enrol(@Context HttpServletRequest request, @NotNull EnrolJson body) {
        Enrolment enrolment = signIn.enrol(body.email(), body.password(), request.getRemoteAddr());
        return new EnrolmentJson(enrolment.secret(), enrolment.uri());
    }

    @Operation(operationId = "opsSignIn", summary = "Sign in with password and a code of the second factor")
    @APIResponse(responseCode = "201", description = "Signed in", content = @Content(mediaType = "application/json",
            schema = @Schema(implementation = OperatorSessionJson.class)))
    @POST
    @PublicEndpoint
    public Response create(@Context HttpServletRequest request, @NotNull SignInJson body) {
        OperatorSession session = signIn.signIn(body.email(), body.password(), body.code(), request.getRemoteAddr());
        return Response.status(Response.Status.CREATED).entity(new OperatorSessionJson(session.token(),
                session.expiresAt(), CurrentOperatorJson.of(session.operator()))).build();
    }

    @Operation(operationId = "opsCurrentOperator", summary = "The signed-in operator")
    @GET
    @Path("current")
    public CurrentOperatorJson me() {
        return CurrentOperatorJson.of(current.require());
    }

    @Operation(operationId = "opsSignOut", summary = "End the presented session")
    @APIResponse(responseCode = "204", description = "Done; nothing to return")
    @DELETE
    @Path("current")
    public Response signOut(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Endpoints.bearer(authorization).ifPresent(signIn::signOut);
        return Response.noContent().build();
    }
}
