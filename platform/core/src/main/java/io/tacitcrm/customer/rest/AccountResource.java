package io.tacitcrm.customer.rest;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.Page;
import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.common.rest.BodyFields;
import io.tacitcrm.common.rest.ETags;
import io.tacitcrm.common.rest.PathIds;
import io.tacitcrm.common.rest.QueryParams;
import io.tacitcrm.customer.domain.AccountCursor;
import io.tacitcrm.customer.domain.AccountFilters;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.customer.domain.AccountQuery;
import io.tacitcrm.customer.domain.AccountSort;
import io.tacitcrm.customer.domain.ValueTier;
import io.tacitcrm.customer.service.AccountService;
import io.tacitcrm.customer.service.AccountView;
import io.tacitcrm.identity.domain.UserId;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;

/** The customer companies of the caller's workspace. */
@Path("accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    public record AccountListJson(List<AccountJson> items, String nextCursor) {
    }

    @Inject
    AccountService accounts;
    @Context
    UriInfo uri;

    @GET
    public AccountListJson list(@QueryParam("q") String q, @QueryParam("ownerId") String ownerId,
                                @QueryParam("industry") String industry, @QueryParam("region") String region,
                                @QueryParam("valueTier") String valueTier,
                                @QueryParam("sort") String sort, @QueryParam("cursor") String cursor,
                                @QueryParam("limit") String limit) {
        AccountSort order = AccountSort.fromParameter(sort);
        AccountQuery query = new AccountQuery(
                Optional.ofNullable(q).map(String::strip).filter(s -> !s.isEmpty()),
                Optional.ofNullable(ownerId).map(id -> new UserId(Ids.parse("ownerId", id))),
                order,
                Optional.ofNullable(cursor).filter(c -> !c.isBlank()).map(c -> AccountCursor.decode(c, order)),
                PageLimit.of(limit)).filtered(new AccountFilters(QueryParams.text(industry), QueryParams.text(region),
                tier(valueTier)));
        Page<AccountView> page = accounts.list(query);
        return new AccountListJson(page.items().stream().map(AccountJson::of).toList(), page.nextCursor().orElse(null));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull AccountInput input) {
        AccountView created = accounts.open(input.toChange());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(ETags.of(created.version())).entity(AccountJson.of(created)).build();
    }

    @GET
    @Path(CsvPaths.RECORD_ID)
    public Response get(@PathParam("id") String id) {
        AccountView account = accounts.find(accountId(id));
        return Response.ok(AccountJson.of(account)).tag(ETags.of(account.version())).build();
    }

    @PATCH
    @Path(CsvPaths.RECORD_ID)
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @NotNull JsonObject patch) {
        AccountView updated = accounts.edit(accountId(id), ETags.expected(ifMatch),
                current -> AccountInput.from(AccountJson.of(current)).merge(patch).toChange());
        return Response.ok(AccountJson.of(updated)).tag(ETags.of(updated.version())).build();
    }

    @DELETE
    @Path(CsvPaths.RECORD_ID)
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        accounts.close(accountId(id), ETags.expected(ifMatch));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/access")
    public AccessListJson access(@PathParam("id") String id) {
        return new AccessListJson(accounts.whoCanAccess(accountId(id)).stream().map(AccessJson::of).toList());
    }

    @GET
    @Path("{id}/team")
    public TeamMemberJson.ListJson team(@PathParam("id") String id) {
        return new TeamMemberJson.ListJson(accounts.team(accountId(id)).stream().map(TeamMemberJson::of).toList());
    }

    @POST
    @Path("{id}/team")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addToTeam(@PathParam("id") String id, @NotNull TeamMemberInput input) {
        TeamMemberJson created = TeamMemberJson.of(accounts.addToTeam(accountId(id), input.toMembership()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @DELETE
    @Path("{id}/team/{memberId}")
    public Response removeFromTeam(@PathParam("id") String id, @PathParam("memberId") String memberId) {
        accounts.removeFromTeam(accountId(id), PathIds.uuid(memberId, "team member"));
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/shares")
    public ShareListJson shares(@PathParam("id") String id) {
        return new ShareListJson(accounts.shares(accountId(id)).stream().map(ShareJson::of).toList());
    }

    @POST
    @Path("{id}/shares")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response share(@PathParam("id") String id, @NotNull ShareInput input) {
        ShareJson created = ShareJson.of(accounts.share(accountId(id), input.toRequest()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @DELETE
    @Path("{id}/shares/{shareId}")
    public Response unshare(@PathParam("id") String id, @PathParam("shareId") String shareId) {
        accounts.unshare(accountId(id), PathIds.uuid(shareId, "share"));
        return Response.noContent().build();
    }

    private static Optional<ValueTier> tier(String value) {
        List<FieldError> errors = new java.util.ArrayList<>();
        Optional<ValueTier> tier = BodyFields.parse(errors, "valueTier", value, ValueTier.class);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return tier;
    }

    private static AccountId accountId(String id) {
        return new AccountId(PathIds.uuid(id, "account"));
    }
}
