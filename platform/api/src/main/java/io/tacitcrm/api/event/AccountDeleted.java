package io.tacitcrm.api.event;

import io.tacitcrm.api.Beta;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A customer was deleted (with its contacts, deals and footprints); {@code occurredAt} is when. */
@Beta
public record AccountDeleted(UUID tenantId, Optional<UUID> actorId, Instant occurredAt, UUID accountId)
        implements DomainEvent {
}
