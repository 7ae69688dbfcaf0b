package io.tacitcrm.transfer.rest;

import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.common.rest.PathIds;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.transfer.domain.Dossier;
import io.tacitcrm.transfer.domain.TransferId;
import io.tacitcrm.transfer.domain.TransferRecord;
import io.tacitcrm.transfer.service.TransferPreview;
import io.tacitcrm.transfer.service.TransferService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /transfers/preview}, {@code POST /transfers}, {@code GET /transfers/{id}} (counts and dossiers,
 * cursor-paged).
 */
@Tag(name = "Transfers")
@Path("transfers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class TransferResource {

    @Inject
    TransferService transfers;

    public record CandidateJson(String id, String name, String ownerId, String ownerName) {
    }

    public record PreviewJson(long count, List<CandidateJson> sample) {
        static PreviewJson of(TransferPreview preview) {
            return new PreviewJson(preview.count(), preview.sample().stream().map(c -> new CandidateJson(c.account()
                    .toString(), c.name(),
                    c.owner().toString(), c.ownerName())).toList());
        }
    }

    public record DossierJson(String accountId, String previousOwnerId, JsonValue content) {
        static DossierJson of(Dossier d) {
            return new DossierJson(d.account().toString(), d.previousOwner().toString(),
                    Json.createReader(new StringReader(d.body())).readObject());
        }
    }

    public record TransferJson(String id, String criteria, String toUserId, boolean openOpportunities,
            boolean openActivities,
                               int coOwnershipDays, String note, int accounts, int opportunities, int activities,
                                       String createdBy,
                               Instant createdAt, List<DossierJson> dossiers, String nextCursor) {
        static TransferJson of(TransferRecord t, List<DossierJson> dossiers, String nextCursor) {
            return new TransferJson(t.id().toString(), t.criteria(), t.to().toString(), t.includeOpenOpportunities(),
                    t.includeOpenActivities(),
                    t.coOwnershipDays(), t.note().orElse(null), t.accounts(), t.opportunities(), t.activities(), t.by()
                            .toString(), t.at(),
                    dossiers, nextCursor);
        }
    }

    @Operation(operationId = "previewTransfer", summary = "Count and sample what a transfer would move")
    @POST
    @Path("preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public PreviewJson preview(@NotNull TransferInput input) {
        return PreviewJson.of(transfers.preview(input.toPlan()));
    }

    @Operation(operationId = "transfer", summary = "Transfer customers")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = TransferJson.class)),
            headers = @Header(name = "Location", description = "The new record's address",
                    schema = @Schema(type = SchemaType.STRING)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response transfer(@Context UriInfo uri, @NotNull TransferInput input) {
        TransferRecord done = transfers.transfer(input.toPlan());
        return Response.created(uri.getAbsolutePathBuilder().path(done.id().toString()).build())
                .entity(TransferJson.of(done, List.of(), null)).build();
    }

    /** The transfer with a page of its dossiers ({@code cursor} is the last account id of the previous page). */
    @Operation(operationId = "getTransfer", summary = "Read a transfer and its dossiers")
    @GET
    @Path("{id}")
    public TransferJson get(@PathParam("id") String id, @QueryParam("cursor") String cursor,
                            @QueryParam("limit") String limit) {
        TransferId transfer = new TransferId(PathIds.uuid(id, "transfer"));
        int rows = PageLimit.of(limit).value();
        Optional<AccountId> after = Optional.ofNullable(cursor).filter(c -> !c.isBlank()).map(c
                -> new AccountId(Ids.parse("cursor", c)));
        TransferRecord record = transfers.find(transfer);
        List<Dossier> page = transfers.dossiers(transfer, after, rows + 1);
        String next = page.size() > rows ? page.get(rows - 1).account().toString() : null;
        return TransferJson.of(record, page.stream().limit(rows).map(DossierJson::of).toList(), next);
    }
}
