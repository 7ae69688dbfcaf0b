package io.tacitcrm.sales.domain;

import io.tacitcrm.access.domain.Viewer;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.identity.domain.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * A page of opportunities newest first, filtered; always with the viewer whose visibility applies.
 * {@code changedSince} keeps opportunities written (edited, moved, given a new owner) at or after that instant.
 */
public record OpportunityQuery(Viewer viewer, Optional<AccountId> account, Optional<StageId> stage,
                               Optional<UserId> owner, Optional<Instant> changedSince,
                               Optional<OpportunityCursor> after, int limit) {
}
