package io.tacitcrm.identity.rest;

import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.domain.RoleId;
import io.tacitcrm.identity.service.NewRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import io.tacitcrm.identity.service.UserAdministration;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

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
        RoleId id = administration.addRole(request);
        return Response.status(Response.Status.CREATED).entity(java.util.Map.of("id", id.toString())).build();
    }

    @GET
    public RoleListJson list() {
        return new RoleListJson(administration.roleTree().stream()
                .map(r -> new RoleJson(r.id().toString(), r.name(), r.parent().map(Object::toString).orElse(null),
                        r.permissions().stream().map(Permission::code).sorted().toList()))
                .toList());
    }
}
