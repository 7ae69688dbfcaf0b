package io.tacitcrm.api.event;

import io.tacitcrm.api.Stable;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Something that happened in the CRM. Events reach a {@link DomainEventListener} after the change was committed, on a
 * worker thread; more kinds may be added, so end a {@code switch} over them with a {@code default} branch.
 */
@Stable(since = "0.1")
public sealed interface DomainEvent permits AccountCreated, OpportunityStageChanged, ActivityLogged, TransferCompleted,
        ActivityUpdated, ActivityDeleted, AccountUpdated, AccountDeleted, OwnerChanged, RecordsTransferred {

    UUID tenantId();

    /** Who did it; empty for background work. */
    Optional<UUID> actorId();

    Instant occurredAt();
}
