package io.tacitcrm.api.records;

import io.tacitcrm.api.Beta;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A deal entering a stage: from which (none for the first), when and by whom; names as the process says them. */
@Beta
public record StageStep(Optional<String> fromStage, String toStage, Instant at, UUID byUserId) {
}
