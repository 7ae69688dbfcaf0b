package io.tacitcrm.activity.domain;

import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.sales.domain.OpportunityId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Footprints newest first: of one account, one opportunity, or a set of owners; within a time window. The service
 * decides which owners and records the caller may see before it asks.
 */
public record ActivityQuery(Optional<AccountId> account, Optional<OpportunityId> opportunity,
        Optional<Set<UserId>> owners,
                            Optional<Instant> from, Optional<Instant> to, Optional<ActivityCursor> after, int limit) {
}
