package io.tacitcrm.api.event;

import io.tacitcrm.api.Beta;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer's details were changed; {@code occurredAt} is when the change was saved. A change of owner raises
 * {@link OwnerChanged} too. Not raised per row of a CSV import.
 */
@Beta
public record AccountUpdated(UUID tenantId, Optional<UUID> actorId, Instant occurredAt, UUID accountId, String name)
        implements DomainEvent {
}
