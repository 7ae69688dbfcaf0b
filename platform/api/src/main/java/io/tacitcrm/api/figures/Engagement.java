package io.tacitcrm.api.figures;

import io.tacitcrm.api.Beta;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * How a customer has been worked: its latest done footprint (empty when none), and how many different contacts
 * took part in done footprints since the time asked for.
 */
@Beta
public record Engagement(UUID customerId, Optional<Instant> lastDoneAt, int contactsEngaged) {
}
