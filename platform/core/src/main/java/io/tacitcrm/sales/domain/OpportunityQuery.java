package io.tacitcrm.sales.domain;

import io.tacitcrm.access.domain.Viewer;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.identity.domain.UserId;
import java.util.Optional;

/** A page of opportunities newest first, filtered; always with the viewer whose visibility applies. */
public record OpportunityQuery(Viewer viewer, Optional<AccountId> account, Optional<StageId> stage, Optional<UserId> owner,
                               Optional<OpportunityCursor> after, int limit) {
}
