package io.tacitcrm.customer.service;

import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.tenancy.domain.TenantId;
import java.time.Instant;

/** Fired in the transaction that edited ({@code deleted} false) or deleted a customer. */
public record AccountChanged(TenantId tenant, UserId by, Instant at, AccountId account, String name, boolean deleted) {
}
