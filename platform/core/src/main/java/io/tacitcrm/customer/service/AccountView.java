package io.tacitcrm.customer.service;

import io.tacitcrm.customer.domain.AccountDetails;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.identity.domain.UserId;
import java.time.Instant;

/** An account as callers see it: its details, owner (with name), timestamps and version for optimistic locking. */
public record AccountView(AccountId id, AccountDetails details, UserId ownerId, String ownerName, Instant createdAt,
                          Instant updatedAt, long version) {
}
