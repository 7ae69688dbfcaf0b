package io.tacitcrm.identity.rest;

import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.Principal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The caller: who they are, in which workspace, with which permissions. */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record MeJson(String id, String tenantId, String workspace, String name, String email, String roleId,
                         List<String> permissions, String locale) {
    }

    @Inject
    CurrentPrincipal caller;

    @GET
    public MeJson me() {
        Principal me = caller.require();
        return new MeJson(me.userId().toString(), me.tenantId().toString(), me.workspace(), me.name(), me.email().value(),
                me.role().map(Object::toString).orElse(null),
                me.permissions().stream().map(Permission::code).sorted().toList(), me.locale().toLanguageTag());
    }
}
