package io.tacitcrm.transfer.domain;

import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.identity.domain.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * A customer waiting in the pool, as any rep may see it before claiming: the facts, its last owner, when it was last
 * tended.
 */
public record PooledCustomer(AccountId id, String name, Optional<String> industry, Optional<String> region,
        Optional<String> valueTier,
                             Instant pooledAt, UserId lastOwner, String lastOwnerName,
                                     Optional<Instant> lastFootprint) {
}
