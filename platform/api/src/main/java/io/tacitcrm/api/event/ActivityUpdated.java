package io.tacitcrm.api.event;

import io.tacitcrm.api.Beta;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A footprint was changed through the API or a screen — marked done, rescheduled, reworded. {@code occurredAt} is
 * when the change was saved (the footprint's own time is in the core's record). A planned footprint marked done is an
 * update whose {@link #completed()} is true. Not raised by imports.
 */
@Beta
public record ActivityUpdated(UUID tenantId, Optional<UUID> actorId, Instant occurredAt, UUID activityId,
                              UUID accountId,
                              Optional<UUID> opportunityId, String type, String status, String previousStatus)
        implements DomainEvent {

    /** True when this change marked a planned footprint done. */
    public boolean completed() {
        return "DONE".equals(status) && !"DONE".equals(previousStatus);
    }
}
