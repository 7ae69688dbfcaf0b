package io.tacitcrm.transfer.domain;

import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.identity.domain.UserId;

/** A customer a transfer would take, as the preview shows it. */
public record Candidate(AccountId account, String name, UserId owner, String ownerName) {
}
