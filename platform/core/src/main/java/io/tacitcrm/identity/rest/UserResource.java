package io.tacitcrm.identity.rest;

import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.service.NewUser;
import io.tacitcrm.identity.service.UserAdministration;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Users of the caller's workspace (administrators with users.manage add them). */
@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    UserAdministration administration;

    @POST
    public Response create(@NotNull @Valid NewUser request) {
        UserId id = administration.addUser(request);
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id.toString())).build();
    }
}
