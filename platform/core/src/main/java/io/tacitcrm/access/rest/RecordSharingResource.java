package io.tacitcrm.access.rest;

import io.tacitcrm.access.service.Permit;
import io.tacitcrm.access.service.RecordSharing;
import io.tacitcrm.common.rest.PathIds;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * A record's access over REST — who can see it and why, its team, its manual shares — under the record's own path
 * ({@code /accounts/{id}/team}). The record's resource locates it with a way to the caller's {@link Permit}, so the
 * endpoints live here once for every kind of record.
 */
@Produces(MediaType.APPLICATION_JSON)
public class RecordSharingResource {

    private final RecordSharing sharing;
    private final Supplier<Permit> permit;
    private final UriInfo uri;

    /**
     * {@code permit} is asked when a method runs: a locator runs while the request is matched, before the filters
     * that bind its tenant and caller.
     */
    public RecordSharingResource(RecordSharing sharing, Supplier<Permit> permit, UriInfo uri) {
        this.sharing = sharing;
        this.permit = permit;
        this.uri = uri;
    }

    @Operation(operationId = "explainAccountAccess", summary = "Who can see a customer, and why")
    @GET
    @Path("access")
    public AccessListJson access() {
        return new AccessListJson(sharing.whoCanAccess(permit.get()).stream().map(AccessJson::of).toList());
    }

    @Operation(operationId = "listAccountTeam", summary = "List a customer's account team")
    @GET
    @Path("team")
    public TeamMemberJson.ListJson team() {
        return new TeamMemberJson.ListJson(sharing.team(permit.get()).stream().map(TeamMemberJson::of).toList());
    }

    @Operation(operationId = "addAccountTeamMember",
            summary = "Add someone to the account team (or change their place on it)")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TeamMemberJson.class)),
            headers = @Header(name = "Location", description = "The new record's address",
                    schema = @Schema(type = SchemaType.STRING)))
    @POST
    @Path("team")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addToTeam(@NotNull TeamMemberInput input) {
        TeamMemberJson created = TeamMemberJson.of(sharing.addToTeam(permit.get(), input.toMembership()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @Operation(operationId = "removeAccountTeamMember", summary = "Remove someone from the account team")
    @APIResponse(responseCode = "204", description = "Done; nothing to return")
    @DELETE
    @Path("team/{memberId}")
    public Response removeFromTeam(@PathParam("memberId") String memberId) {
        sharing.removeFromTeam(permit.get(), PathIds.uuid(memberId, "team member"));
        return Response.noContent().build();
    }

    @Operation(operationId = "listAccountShares", summary = "List a customer's manual shares")
    @GET
    @Path("shares")
    public ShareListJson shares() {
        return new ShareListJson(sharing.shares(permit.get()).stream().map(ShareJson::of).toList());
    }

    @Operation(operationId = "shareAccount", summary = "Share a customer with a user, team or role")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ShareJson.class)),
            headers = @Header(name = "Location", description = "The new record's address",
                    schema = @Schema(type = SchemaType.STRING)))
    @POST
    @Path("shares")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response share(@NotNull ShareInput input) {
        ShareJson created = ShareJson.of(sharing.share(permit.get(), input.toRequest()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @Operation(operationId = "unshareAccount", summary = "Remove a manual share")
    @APIResponse(responseCode = "204", description = "Done; nothing to return")
    @DELETE
    @Path("shares/{shareId}")
    public Response unshare(@PathParam("shareId") String shareId) {
        sharing.unshare(permit.get(), PathIds.uuid(shareId, "share"));
        return Response.noContent().build();
    }
}
