package io.tacitcrm.sales.rest;

import java.math.BigDecimal;

/**
 * What a merge patch of a deal may change. The stage moves through {@code POST /opportunities/{id}/stage}, where its
 * requirements are checked; the account never changes; a new owner is a transfer of one deal.
 */
public record OpportunityPatch(String name, BigDecimal amount, String currency, String closeDate,
                               String primaryContactId, String nextStep, String ownerId) {
}
