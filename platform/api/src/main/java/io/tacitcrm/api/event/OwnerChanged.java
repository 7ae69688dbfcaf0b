package io.tacitcrm.api.event;

import io.tacitcrm.api.Beta;
import io.tacitcrm.api.records.RecordType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One record got a new owner: by an edit ({@code EDIT}, a one-record transfer) or a claim from the public pool
 * ({@code POOL_CLAIM}); {@code occurredAt} is when. A bulk transfer raises {@link RecordsTransferred} instead, in
 * pages.
 * {@code customerId} is the record's customer (the record itself for a customer).
 */
@Beta
public record OwnerChanged(UUID tenantId, Optional<UUID> actorId, Instant occurredAt, RecordType recordType,
                           UUID recordId, UUID customerId, UUID previousOwnerId, UUID newOwnerId, String cause)
        implements DomainEvent {
}
