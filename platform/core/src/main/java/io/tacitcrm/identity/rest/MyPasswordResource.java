package io.tacitcrm.identity.rest;

import io.tacitcrm.identity.rest.SessionResource.SessionJson;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.IssuedToken;
import io.tacitcrm.identity.service.MyPassword;
import io.tacitcrm.identity.service.PasswordChange;
import io.tacitcrm.identity.service.SessionTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller changes their own password; every session ends, and the answer is a new one for the caller. */
@Tag(name = "Session")
@Path("me/password")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyPasswordResource {

    @Inject
    MyPassword password;
    @Inject
    SessionTokens tokens;
    @Inject
    CurrentPrincipal caller;

    @Operation(operationId = "changeMyPassword",
            summary = "Change my password; every session and personal token ends, the answer is a new session")
    @APIResponse(responseCode = "200", description = "Changed; use the new token from now on",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SessionJson.class)))
    @POST
    public SessionJson change(@NotNull PasswordChange change) {
        password.change(change);
        IssuedToken issued = tokens.issueSession(caller.require());
        return new SessionJson(issued.token(), issued.expiresAt().orElse(null));
    }
}
