package io.tacitcrm.analytics.playbook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A closed deal as the playbook miner sees it: who owned it, whether it was won, and its stays in the process's open
 * stages, each with the footprints done during it.
 */
public record DealTrail(UUID dealId, UUID ownerId, boolean won, List<Stay> stays) {

    /** A stay in a stage: when it began, when it ended (the next stage or the close), what was done meanwhile. */
    public record Stay(UUID stageId, Instant entered, Instant left, List<Touch> touches) {
    }

    /** A done footprint: its type, when, and with whom (the contact and their decision role), if anyone. */
    public record Touch(String type, Instant at, Optional<UUID> contactId, Optional<String> role) {
    }
}
