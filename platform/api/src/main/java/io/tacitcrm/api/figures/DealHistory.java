package io.tacitcrm.api.figures;

import io.tacitcrm.api.Beta;
import io.tacitcrm.api.records.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One deal's way through the stages with the done footprints on it: what a playbook compares and checks. A visit
 * lasts until the next one begins, or until the deal closed; the last visit of an open deal lasts until now.
 *
 * @param ownerId     who owns the deal now
 * @param visits      the stages the deal entered, oldest first
 * @param footprints  the done footprints on the deal, oldest first
 * @since 0.4
 */
@Beta
public record DealHistory(UUID opportunityId, UUID ownerId, UUID customerId, Outcome outcome,
                          Optional<Instant> closedAt, List<Visit> visits, List<Footprint> footprints) {

    public DealHistory {
        visits = List.copyOf(visits);
        footprints = List.copyOf(footprints);
    }

    /** The deal entering a stage, and who owned it then. */
    public record Visit(UUID stageId, Instant enteredAt, UUID ownerId) {
    }

    /**
     * A done footprint: its type (VISIT, CALL …), when, and with whom — the contact and their decision role
     * (DECISION_MAKER …), where the footprint names a contact.
     */
    public record Footprint(String type, Instant at, Optional<UUID> contactId, Optional<String> contactRole) {
    }
}
