package io.tacitcrm.api.event;

import io.tacitcrm.api.Stable;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An activity (footprint) was logged, planned or done. */
@Stable(since = "0.1")
public record ActivityLogged(UUID tenantId, Optional<UUID> actorId, Instant occurredAt, UUID activityId, UUID accountId,
                             Optional<UUID> opportunityId, String type, String status) implements DomainEvent {
}
