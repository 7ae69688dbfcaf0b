package io.tacitcrm.sales.domain;

import io.tacitcrm.access.domain.Viewer;
import io.tacitcrm.customer.domain.AccountId;
import java.time.Instant;
import java.util.Optional;

/**
 * A page of opportunities newest first, filtered ({@link DealFilter}); always with the viewer whose visibility
 * applies.
 * {@code changedSince} keeps opportunities written (edited, moved, given a new owner) at or after that instant.
 */
public record OpportunityQuery(Viewer viewer, Optional<AccountId> account, Optional<StageId> stage,
                               DealFilter filter, Optional<Instant> changedSince,
                               Optional<OpportunityCursor> after, int limit) {
}
