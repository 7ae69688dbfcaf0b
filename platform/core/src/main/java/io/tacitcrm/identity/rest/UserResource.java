package io.tacitcrm.identity.rest;

import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.service.NewUser;
import io.tacitcrm.identity.service.UserAdministration;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.rest.MergePatch;
import io.tacitcrm.common.rest.PersistenceFailures;
import io.tacitcrm.common.rest.PathIds;
import io.tacitcrm.identity.service.UserChange;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Users of the caller's workspace: administrators with users.manage list, add, rename, move and (de)activate them. */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    UserAdministration administration;

    public record UserJson(String id, String email, String name, String roleId, boolean active, String locale) {
    }

    public record UserListJson(List<UserJson> items) {
    }

    @GET
    public UserListJson list() {
        return new UserListJson(administration.users().stream().map(u -> new UserJson(u.id().toString(), u.email(), u.name(),
                u.role().map(Object::toString).orElse(null), u.active(), u.locale())).toList());
    }

    /** JSON merge patch of {@code name}, {@code roleId}, {@code active}. */
    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public Response change(@PathParam("id") String id, @NotNull JsonObject patch) {
        UserId user = new UserId(PathIds.uuid(id, "user"));
        MergePatch.requireOnly(patch, List.of("name", "roleId", "active"));
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

    @POST
    public Response create(@NotNull @Valid NewUser request) {
        UserId id = PersistenceFailures.uniqueOr("app_user_email_uq", () -> new ConflictException("email", "email.taken",
                "A user with this e-mail already exists in this workspace."), () -> administration.addUser(request));
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id.toString())).build();
    }
}
