package io.tacitcrm.api.figures;

import io.tacitcrm.api.Beta;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * Open deals of one owner in one stage: how many, their amount, and their amount weighted by the stage's probability.
 * Deals without an amount count in {@code deals} and add nothing to the sums.
 */
@Beta
public record OpenDeals(UUID stageId, UUID ownerId, int deals, BigDecimal amount, BigDecimal weighted) {
}
