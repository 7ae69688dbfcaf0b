package io.tacitcrm.identity.rest;

import io.tacitcrm.common.rest.PublicEndpoint;
import io.tacitcrm.identity.rest.SessionResource.SessionJson;
import io.tacitcrm.identity.service.IssuedToken;
import io.tacitcrm.identity.service.LinkDetails;
import io.tacitcrm.identity.service.LinkRedemption;
import io.tacitcrm.identity.service.SessionTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One-time links from mail (an invitation, a password reset, an address to confirm), followed without a session. The
 * link's token travels in the body, never in an address that logs keep.
 */
@Tag(name = "Session")
@Path("account-links")
@ApplicationScoped
@PublicEndpoint
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AccountLinkResource {

    public record TokenJson(@NotNull @Size(max = 200) String token) {
    }

    public record ChosenPasswordJson(@NotNull @Size(max = 200) String token,
                                     @NotNull @Size(max = 128) String password) {
    }

    public record LinkJson(String purpose, String name, String email, String workspace, String company, String locale,
                           Instant expiresAt) {
    }

    @Inject
    LinkRedemption redemption;
    @Inject
    SessionTokens tokens;

    @Operation(operationId = "inspectAccountLink", summary = "What a link from a mail is for, while it still works")
    @APIResponse(responseCode = "200", description = "The link works",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = LinkJson.class)))
    @POST
    @Path("inspection")
    public LinkJson inspect(@NotNull @Valid TokenJson link) {
        LinkDetails details = redemption.inspect(link.token());
        return new LinkJson(details.purpose().name(), details.name(), details.email(), details.workspace(),
                details.company(), details.locale().toLanguageTag(), details.expiresAt());
    }

    @Operation(operationId = "choosePasswordFromLink",
            summary = "Choose a password from an invitation or a reset link; the answer is a new session")
    @APIResponse(responseCode = "200", description = "Password set, the link spent; use the token from now on",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = SessionJson.class)))
    @POST
    @Path("password")
    public SessionJson choosePassword(@NotNull @Valid ChosenPasswordJson chosen) {
        IssuedToken issued = tokens.issueSession(redemption.choosePassword(chosen.token(), chosen.password()));
        return new SessionJson(issued.token(), issued.expiresAt().orElse(null));
    }

    @Operation(operationId = "confirmEmailFromLink", summary = "Confirm an e-mail address from the link sent to it")
    @APIResponse(responseCode = "204", description = "Confirmed; nothing to return")
    @POST
    @Path("email-verification")
    public Response verifyEmail(@NotNull @Valid TokenJson link) {
        redemption.verifyEmail(link.token());
        return Response.noContent().build();
    }
}
