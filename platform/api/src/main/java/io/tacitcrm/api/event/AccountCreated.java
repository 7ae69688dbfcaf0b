package io.tacitcrm.api.event;

import io.tacitcrm.api.Stable;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A customer was created (by hand or by an import). */
@Stable(since = "0.1")
public record AccountCreated(UUID tenantId, Optional<UUID> actorId, Instant occurredAt, UUID accountId, String name,
                             UUID ownerId) implements DomainEvent {
}
