package io.tacitcrm.api.figures;

import io.tacitcrm.api.Beta;
import io.tacitcrm.api.records.Outcome;
import java.util.UUID;

/**
 * A stage of the company's sales process, in process order ({@code position}); {@code probability} in percent.
 * Retired stages are listed too, since old deals went through them.
 */
@Beta
public record Stage(UUID id, String name, int position, int probability, Outcome outcome, boolean retired) {
}
