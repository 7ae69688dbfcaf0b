package io.tacitcrm.api.figures;

import io.tacitcrm.api.Beta;
import java.util.UUID;

/** How many different customers one owner touched: customers with at least one done footprint of theirs. */
@Beta
public record Reach(UUID ownerId, int customers) {
}
