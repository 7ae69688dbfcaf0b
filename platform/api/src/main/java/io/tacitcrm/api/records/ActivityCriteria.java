package io.tacitcrm.api.records;

import io.tacitcrm.api.Beta;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Which footprints to list, all conditions together: of a customer or one of its deals, of an owner (the user or
 * someone below the user's role), and whose time lies in {@code [from, to)}. Without a customer or deal, the owner is
 * the user when none is named.
 */
@Beta
public record ActivityCriteria(Optional<UUID> customerId, Optional<UUID> opportunityId, Optional<UUID> ownerId,
                               Optional<Instant> from, Optional<Instant> to) {

    /** The user's own footprints, at any time. */
    public static ActivityCriteria mine() {
        return new ActivityCriteria(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    public ActivityCriteria ofCustomer(UUID id) {
        return new ActivityCriteria(Optional.of(id), opportunityId, ownerId, from, to);
    }

    public ActivityCriteria ofOpportunity(UUID id) {
        return new ActivityCriteria(customerId, Optional.of(id), ownerId, from, to);
    }

    public ActivityCriteria ofOwner(UUID id) {
        return new ActivityCriteria(customerId, opportunityId, Optional.of(id), from, to);
    }

    public ActivityCriteria between(Instant start, Instant end) {
        return new ActivityCriteria(customerId, opportunityId, ownerId, Optional.of(start), Optional.of(end));
    }
}
