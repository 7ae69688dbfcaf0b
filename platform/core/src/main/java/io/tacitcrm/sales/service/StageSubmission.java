package io.tacitcrm.sales.service;

import io.tacitcrm.sales.domain.StageDefinition;
import io.tacitcrm.sales.domain.StageId;
import java.util.Optional;

/** One stage of a submitted process: an existing stage (with id) redefined, or a new one. */
public record StageSubmission(Optional<StageId> id, StageDefinition definition) {
}
