package io.tacitcrm.customer.service;

import io.tacitcrm.customer.domain.AccountDetails;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.identity.domain.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * An account as callers see it: its details, owner (with name), lifetime value (won opportunities' amounts per
 * currency), timestamps and version for optimistic locking.
 */
public record AccountView(AccountId id, AccountDetails details, UserId ownerId, String ownerName,
                          Map<String, BigDecimal> lifetimeValue, Instant createdAt, Instant updatedAt, long version) {

    public AccountView {
        lifetimeValue = Map.copyOf(lifetimeValue);
    }
}
