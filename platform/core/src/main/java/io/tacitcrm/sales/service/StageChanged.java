package io.tacitcrm.sales.service;

import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.sales.domain.OpportunityId;
import io.tacitcrm.sales.domain.StageKind;
import io.tacitcrm.tenancy.domain.TenantId;
import java.time.Instant;

/** Fired in the transaction that moved an opportunity to another stage. */
public record StageChanged(TenantId tenant, UserId by, Instant at, OpportunityId opportunity, AccountId account,
                           String fromStage, String toStage, StageKind toKind) {
}
