package io.tacitcrm.sales.service;

import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.sales.domain.OpportunityDetails;
import io.tacitcrm.sales.domain.StageId;
import java.util.Optional;

/** An opportunity to open: at an account, optionally in a given open stage (else the first) and for another owner. */
public record NewOpportunity(AccountId account, OpportunityDetails details, Optional<StageId> stage,
        Optional<UserId> owner) {
}
