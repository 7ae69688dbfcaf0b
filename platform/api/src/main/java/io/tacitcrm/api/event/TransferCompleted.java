package io.tacitcrm.api.event;

import io.tacitcrm.api.Stable;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Customers were handed over in bulk to {@code toOwnerId}. */
@Stable(since = "0.1")
public record TransferCompleted(UUID tenantId, Optional<UUID> actorId, Instant occurredAt, UUID transferId,
                                UUID toOwnerId, int accounts) implements DomainEvent {
}
