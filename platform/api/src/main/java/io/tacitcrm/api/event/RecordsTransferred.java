package io.tacitcrm.api.event;

import io.tacitcrm.api.Beta;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One page (at most {@value #PAGE} customers) of a bulk transfer or handover, raised after {@link TransferCompleted}:
 * the customers that moved to {@code toOwnerId}, each with its previous owner. {@code page} counts from 1 to
 * {@code pages}; {@code occurredAt} is the transfer's time.
 */
@Beta
public record RecordsTransferred(UUID tenantId, Optional<UUID> actorId, Instant occurredAt, UUID transferId,
                                 UUID toOwnerId, List<Moved> customers, int page, int pages) implements DomainEvent {

    public static final int PAGE = 1_000;

    public RecordsTransferred {
        customers = List.copyOf(customers);
    }

    /** A customer that moved, and who owned it before. */
    public record Moved(UUID customerId, UUID previousOwnerId) {
    }
}
