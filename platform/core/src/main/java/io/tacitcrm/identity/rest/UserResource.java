package io.tacitcrm.identity.rest;

import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.persistence.PersistenceFailures;
import io.tacitcrm.common.rest.IdJson;
import io.tacitcrm.common.rest.MergePatch;
import io.tacitcrm.common.rest.PathIds;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.service.NewUser;
import io.tacitcrm.identity.service.PasswordResets;
import io.tacitcrm.identity.service.UserAdministration;
import io.tacitcrm.identity.service.UserChange;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Users of the caller's workspace: administrators with users.manage list, add, rename, move and (de)activate them. */
@Tag(name = "Roles and users")
@Path("users")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    UserAdministration administration;
    @Inject
    PasswordResets resets;

    /** {@code invited}: asked by mail to join and has not chosen a password yet. */
    public record UserJson(String id, String email, String name, String roleId, boolean active, String locale,
                           boolean invited) {
    }

    public record UserListJson(List<UserJson> items) {
    }

    @Operation(operationId = "listUsers", summary = "List the users of the workspace")
    @GET
    public UserListJson list() {
        return new UserListJson(administration.users().stream().map(u -> new UserJson(u.id().toString(), u.email(),
                u.name(), u.role().map(Object::toString).orElse(null), u.active(), u.locale(), u.invited())).toList());
    }

    /** JSON merge patch of {@code name}, {@code roleId}, {@code active}. */
    @Operation(operationId = "updateUser", summary = "Rename, move or (de)activate a user (merge patch)")
    @APIResponse(responseCode = "204", description = "Done; nothing to return")
    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public Response change(@PathParam("id") String id, @RequestBody(content = {
                    @Content(mediaType = "application/merge-patch+json",
                            schema = @Schema(implementation = UserPatch.class)),
                    @Content(mediaType = "application/json",
                            schema = @Schema(implementation = UserPatch.class))})
                          @NotNull JsonObject patch) {
        UserId user = new UserId(PathIds.uuid(id, "user"));
        MergePatch.requireOnly(patch, MergePatch.fieldsOf(UserPatch.class));
        List<FieldError> errors = new ArrayList<>();
        Optional<String> name = MergePatch.text(patch, "name", errors);
        Optional<String> role = MergePatch.text(patch, "roleId", errors);
        Optional<Boolean> active = MergePatch.flag(patch, "active", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        administration.changeUser(user, new UserChange(name, role, active));
        return Response.noContent().build();
    }

    @Operation(operationId = "resendInvitation", summary = "Send a person who has not joined a new invitation mail")
    @APIResponse(responseCode = "202", description = "Queued; the earlier invitation link stops working")
    @POST
    @Path("{id}/invitation")
    public Response resendInvitation(@PathParam("id") String id) {
        administration.resendInvitation(new UserId(PathIds.uuid(id, "user")));
        return Response.accepted().build();
    }

    @Operation(operationId = "sendPasswordReset",
            summary = "Send a user a link to choose a new password (the administrator never learns it)")
    @APIResponse(responseCode = "202", description = "Queued; the link works once, within 24 hours")
    @POST
    @Path("{id}/password-reset")
    public Response sendPasswordReset(@PathParam("id") String id) {
        resets.sendByAdministrator(new UserId(PathIds.uuid(id, "user")));
        return Response.accepted().build();
    }

    @Operation(operationId = "createUser",
            summary = "Add a user: without a password, the person is invited by mail and chooses their own")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = IdJson.class)),
            headers = @Header(name = "Location", description = "The new record's address",
                    schema = @Schema(type = SchemaType.STRING)))
    @POST
    public Response create(@Context UriInfo uri, @NotNull @Valid NewUser request) {
        UserId id = PersistenceFailures.uniqueOr("app_user_email_uq",
                () -> new ConflictException("email", "email.taken",
                        "A user with this e-mail already exists in this workspace."),
                () -> administration.addUser(request));
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .entity(new IdJson(id.toString())).build();
    }
}
