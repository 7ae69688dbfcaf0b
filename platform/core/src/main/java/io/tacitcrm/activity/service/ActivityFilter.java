package io.tacitcrm.activity.service;

import io.tacitcrm.activity.domain.ActivityCursor;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.sales.domain.OpportunityId;
import java.time.Instant;
import java.util.Optional;

/**
 * What a caller asks of the footprints: one account's, one opportunity's, or one owner's (oneself when none is named).
 */
public record ActivityFilter(Optional<AccountId> account, Optional<OpportunityId> opportunity, Optional<UserId> owner,
                             Optional<Instant> from, Optional<Instant> to, Optional<ActivityCursor> after, int limit) {
}
