package io.tacitcrm.identity.service;

import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.tenancy.domain.TenantId;
import java.time.Instant;
import java.util.UUID;

/**
 * Fired in the transaction that gave one record a new owner ({@code objectType} "account" or "opportunity";
 * {@code customer} is the record's customer).
 */
public record OwnershipChanged(TenantId tenant, UserId by, Instant at, String objectType, UUID record, UUID customer,
                               UserId previous, UserId next, String cause) {
}
