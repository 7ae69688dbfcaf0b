package io.tacitcrm.transfer.rest;

import io.tacitcrm.common.rest.PathIds;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.sales.service.NextStageGap;
import io.tacitcrm.transfer.service.Handover;
import io.tacitcrm.transfer.service.TransferService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /accounts/{id}/handover}: the customer's latest handover dossier, with each open deal's gap to its next
 * stage.
 */
@Tag(name = "Transfers", description = "Bulk transfer of customers, handovers and the public pool.")
@Path("accounts/{id}/handover")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class HandoverResource {

    @Inject
    TransferService transfers;

    public record GapJson(String opportunityId, String nextStageId, String nextStageName, List<String> unmet) {
    }

    public record HandoverJson(String transferId, TransferResource.DossierJson dossier, List<GapJson> nextStages) {
        static HandoverJson of(Handover h) {
            return new HandoverJson(h.dossier().transfer().toString(), TransferResource.DossierJson.of(h.dossier()),
                    h.nextStages().entrySet().stream().map(e -> gap(e.getKey().toString(), e.getValue())).toList());
        }

        private static GapJson gap(String opportunity, NextStageGap gap) {
            return new GapJson(opportunity, gap.stage().toString(), gap.stageName(), gap.unmet().stream().map(u
                    -> u.describe()).toList());
        }
    }

    @Operation(operationId = "getAccountHandover", summary = "The latest handover dossier of a customer")
    @GET
    public HandoverJson handover(@PathParam("id") String id) {
        return transfers.handover(new AccountId(PathIds.uuid(id, "account"))).map(HandoverJson::of)
                .orElseThrow(NotFoundException::new);
    }
}
