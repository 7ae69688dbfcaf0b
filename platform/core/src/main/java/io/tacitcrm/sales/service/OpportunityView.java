package io.tacitcrm.sales.service;

import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.sales.domain.OpportunityDetails;
import io.tacitcrm.sales.domain.OpportunityId;
import io.tacitcrm.sales.domain.StageId;
import io.tacitcrm.sales.domain.StageKind;
import java.time.Instant;
import java.util.Optional;

/** An opportunity as callers see it, with the names a list shows (stage, owner). */
public record OpportunityView(OpportunityId id, AccountId account, OpportunityDetails details, StageId stage,
                              String stageName, StageKind stageKind, int probability, UserId owner, String ownerName,
                              Instant createdAt, Instant updatedAt, Instant stageEnteredAt, Optional<Instant> closedAt,
                              Optional<DealOutcome> outcome, long version) {
}
