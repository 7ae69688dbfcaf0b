package io.tacitcrm.identity.rest;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.rest.BodyFields;
import io.tacitcrm.common.rest.PathIds;
import io.tacitcrm.identity.service.CreatedToken;
import io.tacitcrm.identity.service.PersonalToken;
import io.tacitcrm.identity.service.PersonalTokenRequest;
import io.tacitcrm.identity.service.PersonalTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's personal API tokens, for scripts and integrations: the secret is in the creation's answer only. */
@Tag(name = "Session")
@Path("me/tokens")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonalTokenResource {

    @Inject
    PersonalTokens tokens;

    public record PersonalTokenJson(String id, String name, Instant createdAt, Instant expiresAt, boolean expired) {
        static PersonalTokenJson of(PersonalToken token) {
            return new PersonalTokenJson(token.id().toString(), token.name(), token.createdAt(),
                    token.expiresAt().orElse(null), token.expired());
        }
    }

    public record PersonalTokenListJson(List<PersonalTokenJson> items) {
    }

    /** The new token with its secret, {@code token}: send it as {@code Authorization: Bearer <token>}. */
    public record CreatedTokenJson(String id, String name, Instant createdAt, Instant expiresAt, String token) {
        static CreatedTokenJson of(CreatedToken created) {
            PersonalToken t = created.token();
            return new CreatedTokenJson(t.id().toString(), t.name(), t.createdAt(), t.expiresAt().orElse(null),
                    created.secret());
        }
    }

    /** {@code expiresAt}: a date and time with offset, or absent for a token that works until revoked. */
    public record PersonalTokenInput(String name, String expiresAt) {

        PersonalTokenRequest toRequest() {
            List<FieldError> errors = new ArrayList<>();
            Optional<Instant> end = BodyFields.instant(errors, "expiresAt", expiresAt);
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return new PersonalTokenRequest(name, end);
        }
    }

    @Operation(operationId = "listMyTokens", summary = "List my personal API tokens (never their secrets)")
    @GET
    public PersonalTokenListJson list() {
        return new PersonalTokenListJson(tokens.mine().stream().map(PersonalTokenJson::of).toList());
    }

    @Operation(operationId = "createMyToken", summary = "Create a personal API token; its secret is shown only here")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = CreatedTokenJson.class)),
            headers = @Header(name = "Location", description = "The new token's address",
                    schema = @Schema(type = SchemaType.STRING)))
    @POST
    public Response create(@Context UriInfo uri, @NotNull PersonalTokenInput input) {
        CreatedToken created = tokens.create(input.toRequest());
        return Response.created(uri.getAbsolutePathBuilder().path(created.token().id().toString()).build())
                .entity(CreatedTokenJson.of(created)).build();
    }

    @Operation(operationId = "revokeMyToken", summary = "Revoke one of my personal API tokens")
    @APIResponse(responseCode = "204", description = "Revoked")
    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id) {
        tokens.revoke(PathIds.uuid(id, "api_token"));
        return Response.noContent().build();
    }
}
