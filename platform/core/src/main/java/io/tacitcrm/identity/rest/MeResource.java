package io.tacitcrm.identity.rest;

import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.EmailVerifications;
import io.tacitcrm.identity.service.Principal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller: who they are, in which workspace, with which permissions. */
@Tag(name = "Session", description = "Logging in and out, and the current user.")
@Path("me")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    public record MeJson(String id, String tenantId, String workspace, String name, String email, String roleId,
                         List<String> permissions, String locale, boolean emailVerified) {
    }

    @Inject
    CurrentPrincipal caller;
    @Inject
    EmailVerifications verifications;

    @Operation(operationId = "getMe", summary = "The current user")
    @GET
    public MeJson me() {
        Principal me = caller.require();
        return new MeJson(me.userId().toString(), me.tenantId().toString(), me.workspace(), me.name(), me.email()
                .value(), me.role().map(Object::toString).orElse(null),
                me.permissions().codes().stream().sorted().toList(), me.locale().toLanguageTag(),
                verifications.mineVerified());
    }

    @Operation(operationId = "sendMyEmailVerification", summary = "Send me a new link to confirm my e-mail address")
    @APIResponse(responseCode = "202", description = "Queued; an earlier link stops working")
    @POST
    @Path("email-verification")
    public Response sendEmailVerification() {
        verifications.sendMine();
        return Response.accepted().build();
    }
}
