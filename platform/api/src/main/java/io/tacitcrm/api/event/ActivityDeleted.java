package io.tacitcrm.api.event;

import io.tacitcrm.api.Beta;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A footprint was deleted; {@code occurredAt} is when. */
@Beta
public record ActivityDeleted(UUID tenantId, Optional<UUID> actorId, Instant occurredAt, UUID activityId,
                              UUID accountId,
                              Optional<UUID> opportunityId) implements DomainEvent {
}
