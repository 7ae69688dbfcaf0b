package io.tacitcrm.customer.service;

import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.tenancy.domain.TenantId;
import java.time.Instant;

/** Fired in the transaction that created a customer by hand; observers that must not affect it wait for the commit. */
public record AccountOpened(TenantId tenant, UserId by, Instant at, AccountId account, String name, UserId owner) {
}
