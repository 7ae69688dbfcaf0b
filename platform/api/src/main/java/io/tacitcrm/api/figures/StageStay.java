package io.tacitcrm.api.figures;

import io.tacitcrm.api.Beta;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One stay of a deal in a stage: who owned the deal when it entered, when, and — once it left — when and for which
 * stage.
 */
@Beta
public record StageStay(UUID opportunityId, UUID ownerId, UUID stageId, Instant enteredAt, Optional<Instant> leftAt,
                        Optional<UUID> nextStageId) {
}
