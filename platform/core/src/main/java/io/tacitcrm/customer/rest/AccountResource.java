package io.tacitcrm.customer.rest;

import io.tacitcrm.access.rest.RecordSharingResource;
import io.tacitcrm.access.service.RecordSharing;
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
import jakarta.enterprise.context.ApplicationScoped;
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

/** The customer companies of the caller's workspace. */
@Tag(name = "Customers",
        description = "The customer companies, their shares, account teams and who can see them.")
@Path("accounts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    public record AccountListJson(List<AccountJson> items, String nextCursor) {
    }

    @Inject
    AccountService accounts;
    @Inject
    RecordSharing sharing;

    @Operation(operationId = "listAccounts", summary = "List the customers the caller may see")
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
                QueryParams.text(cursor).map(c -> AccountCursor.decode(c, order)),
                PageLimit.of(limit)).filtered(new AccountFilters(QueryParams.text(industry), QueryParams.text(region),
                tier(valueTier)));
        Page<AccountView, AccountCursor> page = accounts.list(query);
        return new AccountListJson(page.items().stream().map(AccountJson::of).toList(), page.nextCursor().orElse(null));
    }

    @Operation(operationId = "createAccount", summary = "Create a customer")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AccountJson.class)),
            headers = @Header(name = "Location", description = "The new record's address",
                    schema = @Schema(type = SchemaType.STRING)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context UriInfo uri, @NotNull AccountInput input) {
        AccountView created = accounts.open(input.toChange());
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .tag(ETags.of(created.version())).entity(AccountJson.of(created)).build();
    }

    @Operation(operationId = "getAccount", summary = "Read a customer")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AccountJson.class)))
    @GET
    @Path(CsvPaths.RECORD_ID)
    public Response get(@PathParam("id") String id) {
        AccountView account = accounts.find(accountId(id));
        return Response.ok(AccountJson.of(account)).tag(ETags.of(account.version())).build();
    }

    @Operation(operationId = "updateAccount", summary = "Change a customer (merge patch; a new owner is a transfer)")
    @APIResponse(responseCode = "200", description = "OK",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = AccountJson.class)))
    @PATCH
    @Path(CsvPaths.RECORD_ID)
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public Response patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @RequestBody(content = {
                    @Content(mediaType = "application/merge-patch+json",
                            schema = @Schema(implementation = AccountInput.class)),
                    @Content(mediaType = "application/json",
                            schema = @Schema(implementation = AccountInput.class))})
                          @NotNull JsonObject patch) {
        AccountView updated = accounts.edit(accountId(id), ETags.expected(ifMatch),
                current -> AccountInput.from(AccountJson.of(current)).merge(patch).toChange());
        return Response.ok(AccountJson.of(updated)).tag(ETags.of(updated.version())).build();
    }

    @Operation(operationId = "deleteAccount", summary = "Delete a customer")
    @APIResponse(responseCode = "204", description = "Done; nothing to return")
    @DELETE
    @Path(CsvPaths.RECORD_ID)
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        accounts.close(accountId(id), ETags.expected(ifMatch));
        return Response.noContent().build();
    }

    /** The account's access, team and shares: {@code access}, {@code team}, {@code shares} below its path. */
    @Path(CsvPaths.RECORD_ID)
    public RecordSharingResource sharing(@Context UriInfo uri, @PathParam("id") String id) {
        return new RecordSharingResource(sharing, () -> accounts.permit(accountId(id)), uri);
    }

    private static Optional<ValueTier> tier(String value) {
        List<FieldError> errors = new ArrayList<>();
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
