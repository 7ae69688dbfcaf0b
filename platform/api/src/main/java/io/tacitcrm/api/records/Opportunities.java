package io.tacitcrm.api.records;

import io.tacitcrm.api.Stable;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Opportunities the current user may see. */
@Stable(since = "0.1")
public interface Opportunities {

    Optional<OpportunityRecord> find(UUID id);

    /** The customer's opportunities the user may see, newest first, at most {@code limit} (≤ 100). */
    List<OpportunityRecord> ofCustomer(UUID customerId, int limit);

    /**
     * How many of these opportunities are open, won and lost, counted over the whole tenant (a count discloses no record,
     * so opportunities the user cannot open are counted too; ids of other tenants or unknown ids are not). At most 10,000
     * ids.
     */
    OutcomeCounts outcomes(Collection<UUID> ids);
}
