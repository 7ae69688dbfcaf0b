package io.tacitcrm.customer.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * Exact-match filters of the accounts list, combined with AND; each absent one matches everything. {@code changedSince}
 * keeps accounts written (edited, moved to another owner, pooled) at or after that instant.
 */
public record AccountFilters(Optional<String> industry, Optional<String> region, Optional<ValueTier> valueTier,
                             Optional<Instant> changedSince) {

    public static final AccountFilters NONE = new AccountFilters(Optional.empty(), Optional.empty(), Optional.empty());

    public AccountFilters(Optional<String> industry, Optional<String> region, Optional<ValueTier> valueTier) {
        this(industry, region, valueTier, Optional.empty());
    }

    public static AccountFilters changedSince(Instant since) {
        return new AccountFilters(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(since));
    }
}
