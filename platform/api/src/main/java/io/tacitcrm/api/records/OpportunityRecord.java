package io.tacitcrm.api.records;

import io.tacitcrm.api.Stable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An opportunity (deal) as a plugin sees it. */
@Stable(since = "0.1")
public record OpportunityRecord(UUID id, UUID customerId, String name, Optional<BigDecimal> amount, String currency,
                                String stageName, Outcome outcome, UUID ownerId, String ownerName,
                                Optional<Instant> closedAt) {
}
