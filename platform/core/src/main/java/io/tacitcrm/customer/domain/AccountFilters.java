package io.tacitcrm.customer.domain;

import java.util.Optional;

/** Exact-match filters of the accounts list, combined with AND; each absent one matches everything. */
public record AccountFilters(Optional<String> industry, Optional<String> region, Optional<ValueTier> valueTier) {

    public static final AccountFilters NONE = new AccountFilters(Optional.empty(), Optional.empty(), Optional.empty());
}
