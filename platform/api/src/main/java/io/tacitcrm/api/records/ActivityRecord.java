package io.tacitcrm.api.records;

import io.tacitcrm.api.Stable;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An activity ("footprint") as a plugin sees it.
 *
 * @param type   VISIT, CALL, DEMO, … as the host names them
 * @param status PLANNED or DONE
 */
@Stable(since = "0.1")
public record ActivityRecord(UUID id, UUID customerId, Optional<UUID> opportunityId, Optional<UUID> contactId,
                             String type, String status, String subject, Instant occurredAt, UUID ownerId,
                             String ownerName) {
}
