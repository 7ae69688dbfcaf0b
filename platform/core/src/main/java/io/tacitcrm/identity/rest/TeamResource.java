package io.tacitcrm.identity.rest;

import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.persistence.PersistenceFailures;
import io.tacitcrm.common.rest.BodyFields;
import io.tacitcrm.common.rest.ETags;
import io.tacitcrm.common.rest.JsonMerge;
import io.tacitcrm.common.rest.PathIds;
import io.tacitcrm.identity.domain.TeamId;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.service.TeamAdministration;
import io.tacitcrm.identity.service.TeamDraft;
import io.tacitcrm.identity.service.TeamView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Teams of the caller's workspace: everyone lists them; administrators create, change (If-Match) and delete them. */
@Tag(name = "Roles and users")
@Path("teams")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
public class TeamResource {

    @Inject
    TeamAdministration teams;

    public record MemberJson(String id, String name) {
    }

    public record TeamJson(String id, String name, String leaderId, List<MemberJson> members) {
        static TeamJson of(TeamView team) {
            return new TeamJson(team.id().toString(), team.name(), team.leader().map(Object::toString).orElse(null),
                    team.members().stream().map(m -> new MemberJson(m.id().toString(), m.name())).toList());
        }
    }

    public record TeamListJson(List<TeamJson> items) {
    }

    /** The body of a create or (merged) patch; field names are the REST contract's. */
    public record TeamInput(String name, String leaderId, List<String> memberIds) {

        TeamDraft toDraft() {
            List<FieldError> errors = new ArrayList<>();
            Optional<UserId> leader = BodyFields.id(errors, "leaderId", leaderId).map(UserId::new);
            Set<UserId> members = new LinkedHashSet<>();
            List<String> ids = memberIds == null ? List.of() : memberIds;
            for (int i = 0; i < ids.size(); i++) {
                BodyFields.id(errors, "memberIds[" + i + "]", ids.get(i)).map(UserId::new).ifPresent(members::add);
            }
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            return new TeamDraft(name, leader, members);
        }
    }

    @Operation(operationId = "listTeams", summary = "List the teams")
    @GET
    public TeamListJson list() {
        return new TeamListJson(teams.teams().stream().map(TeamJson::of).toList());
    }

    @Operation(operationId = "getTeam", summary = "Read a team")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TeamJson.class)))
    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        TeamView team = teams.find(teamId(id)).orElseThrow(NotFoundException::new);
        return Response.ok(TeamJson.of(team)).tag(ETags.of(team.version())).build();
    }

    @Operation(operationId = "createTeam", summary = "Create a team")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TeamJson.class)),
            headers = @Header(name = "Location", description = "The new record's address",
                    schema = @Schema(type = SchemaType.STRING)))
    @POST
    public Response create(@Context UriInfo uri, @NotNull TeamInput input) {
        TeamId id = PersistenceFailures.uniqueOr("team_name_uq", () -> new ConflictException("name", "team.name-taken",
                "A team with this name already exists."), () -> teams.create(input.toDraft()));
        TeamView team = teams.find(id).orElseThrow();
        return Response.created(uri.getAbsolutePathBuilder().path(team.id().toString()).build())
                .tag(ETags.of(team.version())).entity(TeamJson.of(team)).build();
    }

    /** JSON merge patch of {@code name}, {@code leaderId} and {@code memberIds} (the whole list). */
    @Operation(operationId = "updateTeam", summary = "Change a team (merge patch)")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TeamJson.class)))
    @PATCH
    @Path("{id}")
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @RequestBody(content = {
                    @Content(mediaType = "application/merge-patch+json",
                            schema = @Schema(implementation = TeamInput.class)),
                    @Content(mediaType = "application/json",
                            schema = @Schema(implementation = TeamInput.class))})
                          @NotNull JsonObject patch) {
        TeamView current = teams.find(teamId(id)).orElseThrow(NotFoundException::new);
        TeamInput now = new TeamInput(current.name(), current.leader().map(Object::toString).orElse(null),
                current.members().stream().map(m -> m.id().toString()).toList());
        teams.change(current.id(), ETags.expected(ifMatch), JsonMerge.apply(now, patch).toDraft());
        TeamView team = teams.find(current.id()).orElseThrow();
        return Response.ok(TeamJson.of(team)).tag(ETags.of(team.version())).build();
    }

    @Operation(operationId = "deleteTeam", summary = "Delete a team")
    @APIResponse(responseCode = "204", description = "Done; nothing to return")
    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        teams.delete(teamId(id));
        return Response.noContent().build();
    }

    private static TeamId teamId(String id) {
        return new TeamId(PathIds.uuid(id, "team"));
    }
}
