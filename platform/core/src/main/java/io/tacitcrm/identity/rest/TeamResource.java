package io.tacitcrm.identity.rest;

import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.rest.BodyFields;
import io.tacitcrm.common.rest.ETags;
import io.tacitcrm.common.rest.PathIds;
import io.tacitcrm.common.rest.PersistenceFailures;
import io.tacitcrm.identity.domain.TeamId;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.service.TeamAdministration;
import io.tacitcrm.identity.service.TeamDraft;
import io.tacitcrm.identity.service.TeamView;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Teams of the caller's workspace: everyone lists them; administrators create, change (If-Match) and delete them. */
@Path("teams")
@RequestScoped
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

    @GET
    public TeamListJson list() {
        return new TeamListJson(teams.teams().stream().map(TeamJson::of).toList());
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        TeamView team = teams.find(teamId(id)).orElseThrow(NotFoundException::new);
        return Response.ok(TeamJson.of(team)).tag(ETags.of(team.version())).build();
    }

    @POST
    public Response create(@NotNull TeamInput input) {
        TeamId id = PersistenceFailures.uniqueOr("team_name_uq", () -> new ConflictException("name", "team.name-taken",
                "A team with this name already exists."), () -> teams.create(input.toDraft()));
        TeamView team = teams.find(id).orElseThrow();
        return Response.status(Response.Status.CREATED).tag(ETags.of(team.version())).entity(TeamJson.of(team)).build();
    }

    /** JSON merge patch of {@code name}, {@code leaderId} and {@code memberIds} (the whole list). */
    @PATCH
    @Path("{id}")
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull jakarta.json.JsonObject patch) {
        TeamView current = teams.find(teamId(id)).orElseThrow(NotFoundException::new);
        TeamInput now = new TeamInput(current.name(), current.leader().map(Object::toString).orElse(null),
                current.members().stream().map(m -> m.id().toString()).toList());
        teams.change(current.id(), ETags.expected(ifMatch), io.tacitcrm.common.rest.JsonMerge.apply(now, patch).toDraft());
        TeamView team = teams.find(current.id()).orElseThrow();
        return Response.ok(TeamJson.of(team)).tag(ETags.of(team.version())).build();
    }

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
