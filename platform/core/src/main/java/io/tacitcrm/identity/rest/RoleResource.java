package io.tacitcrm.identity.rest;

import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.domain.RoleId;
import io.tacitcrm.identity.service.NewRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import io.tacitcrm.identity.service.UserAdministration;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.rest.MergePatch;
import io.tacitcrm.common.rest.PersistenceFailures;
import io.tacitcrm.common.rest.PathIds;
import io.tacitcrm.identity.service.RoleChange;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The workspace's role tree, as a flat list with parent ids. */
@Path("roles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RoleResource {

    public record RoleJson(String id, String name, String parentId, List<String> permissions) {
    }

    public record RoleListJson(List<RoleJson> items) {
    }

    @Inject
    UserAdministration administration;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid NewRole request) {
        RoleId id = PersistenceFailures.uniqueOr("app_role_name_uq", () -> new ConflictException("name",
                "role.name-taken", "A role with this name already exists."), () -> administration.addRole(request));
        return Response.status(Response.Status.CREATED).entity(java.util.Map.of("id", id.toString())).build();
    }

    /**
     * JSON merge patch of {@code name}, {@code parentId} (moving the role with its subtree) and {@code permissions}
     * (the role's own permission codes, replaced as a whole).
     */
    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public Response change(@PathParam("id") String id, @NotNull JsonObject patch) {
        MergePatch.requireOnly(patch, List.of("name", "parentId", "permissions"));
        List<FieldError> errors = new ArrayList<>();
        Optional<String> name = MergePatch.text(patch, "name", errors);
        Optional<String> parent = MergePatch.text(patch, "parentId", errors);
        Optional<List<String>> permissions = MergePatch.texts(patch, "permissions", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        administration.changeRole(roleId(id), new RoleChange(name, parent, permissions));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        administration.deleteRole(roleId(id));
        return Response.noContent().build();
    }

    private static RoleId roleId(String id) {
        return new RoleId(PathIds.uuid(id, "role"));
    }

    @GET
    public RoleListJson list() {
        return new RoleListJson(administration.roleTree().stream()
                .map(r -> new RoleJson(r.id().toString(), r.name(), r.parent().map(Object::toString).orElse(null),
                        r.permissions().stream().map(Permission::code).sorted().toList()))
                .toList());
    }
}
