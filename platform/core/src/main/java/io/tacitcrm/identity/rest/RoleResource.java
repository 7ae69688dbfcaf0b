package io.tacitcrm.identity.rest;

import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.persistence.PersistenceFailures;
import io.tacitcrm.common.rest.IdJson;
import io.tacitcrm.common.rest.MergePatch;
import io.tacitcrm.common.rest.PathIds;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.domain.RoleId;
import io.tacitcrm.identity.service.NewRole;
import io.tacitcrm.identity.service.RoleChange;
import io.tacitcrm.identity.service.UserAdministration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

/** The workspace's role tree, as a flat list with parent ids. */
@Tag(name = "Roles and users", description = "The role tree, users and teams of the workspace.")
@Path("roles")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class RoleResource {

    public record RoleJson(String id, String name, String parentId, List<String> permissions) {
    }

    public record RoleListJson(List<RoleJson> items) {
    }

    @Inject
    UserAdministration administration;

    @Operation(operationId = "createRole", summary = "Add a role below another")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = IdJson.class)),
            headers = @Header(name = "Location", description = "The new record's address",
                    schema = @Schema(type = SchemaType.STRING)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context UriInfo uri, @NotNull @Valid NewRole request) {
        RoleId id = PersistenceFailures.uniqueOr("app_role_name_uq", () -> new ConflictException("name",
                "role.name-taken", "A role with this name already exists."), () -> administration.addRole(request));
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .entity(new IdJson(id.toString())).build();
    }

    /**
     * JSON merge patch of {@code name}, {@code parentId} (moving the role with its subtree) and {@code permissions}
     * (the role's own permission codes, replaced as a whole).
     */
    @Operation(operationId = "updateRole", summary = "Rename, move or re-grant a role (merge patch)")
    @APIResponse(responseCode = "204", description = "Done; nothing to return")
    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public Response change(@PathParam("id") String id, @RequestBody(content = {
                    @Content(mediaType = "application/merge-patch+json",
                            schema = @Schema(implementation = RolePatch.class)),
                    @Content(mediaType = "application/json",
                            schema = @Schema(implementation = RolePatch.class))})
                          @NotNull JsonObject patch) {
        MergePatch.requireOnly(patch, MergePatch.fieldsOf(RolePatch.class));
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

    @Operation(operationId = "deleteRole", summary = "Delete an empty role")
    @APIResponse(responseCode = "204", description = "Done; nothing to return")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        administration.deleteRole(roleId(id));
        return Response.noContent().build();
    }

    private static RoleId roleId(String id) {
        return new RoleId(PathIds.uuid(id, "role"));
    }

    @Operation(operationId = "listRoles", summary = "The role tree, flat with parent ids")
    @GET
    public RoleListJson list() {
        return new RoleListJson(administration.roleTree().stream()
                .map(r -> new RoleJson(r.id().toString(), r.name(), r.parent().map(Object::toString).orElse(null),
                        r.permissions().codes().stream().sorted().toList()))
                .toList());
    }
}
