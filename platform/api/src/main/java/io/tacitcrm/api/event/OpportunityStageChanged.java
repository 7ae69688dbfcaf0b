package io.tacitcrm.api.event;

import io.tacitcrm.api.Stable;
import io.tacitcrm.api.records.Outcome;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An opportunity moved to another stage; {@code outcome} is WON or LOST when the move closed it. */
@Stable(since = "0.1")
public record OpportunityStageChanged(UUID tenantId, Optional<UUID> actorId, Instant occurredAt, UUID opportunityId,
                                      UUID accountId, String fromStage, String toStage, Outcome outcome)
        implements DomainEvent {
}
