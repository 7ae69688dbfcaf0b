package io.tacitcrm.identity.rest;

import io.tacitcrm.common.rest.Endpoints;
import io.tacitcrm.common.rest.PublicEndpoint;
import io.tacitcrm.identity.service.AuthenticationService;
import io.tacitcrm.identity.service.IssuedToken;
import io.tacitcrm.identity.service.LoginAttempt;
import io.tacitcrm.identity.service.SessionTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** Log in (get a bearer token) and log out (revoke it). */
@Tag(name = "Session")
@Path("sessions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SessionResource {

    public record SessionJson(String token, Instant expiresAt) {
    }

    @Inject
    AuthenticationService authentication;
    @Inject
    SessionTokens tokens;

    @Operation(operationId = "login", summary = "Log in and receive a bearer token")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SessionJson.class)))
    @POST
    @PublicEndpoint
    public Response login(@Context HttpServletRequest request, @NotNull @Valid LoginAttempt attempt) {
        IssuedToken issued = tokens.issueSession(authentication.login(attempt, request.getRemoteAddr()));
        return Response.status(Response.Status.CREATED).entity(new SessionJson(issued.token(), issued.expiresAt()
                .orElse(null))).build();
    }

    @Operation(operationId = "logout", summary = "End the presented token's session")
    @APIResponse(responseCode = "204", description = "Done; nothing to return")
    @DELETE
    @Path("current")
    public Response logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Endpoints.bearer(authorization).ifPresent(tokens::revoke);
        return Response.noContent().build();
    }
}
