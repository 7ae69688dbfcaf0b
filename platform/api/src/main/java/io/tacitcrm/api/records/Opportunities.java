package io.tacitcrm.api.records;

import io.tacitcrm.api.Beta;
import io.tacitcrm.api.Stable;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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

    /**
     * Of these ids, the ones the current user may open; unknown ids, other workspaces' and hidden records are left
     * out. Use it before showing anything that names records, so a list never discloses one the user cannot see. At
     * most 1,000 ids; the host answers in one query.
     */
    @Beta
    default Set<UUID> visible(Collection<UUID> ids) {
        return ids.stream().filter(id -> find(id).isPresent()).collect(Collectors.toSet());
    }

    /**
     * A page of the deals the user may see, of one customer and/or one owner when given, newest first, at most
     * {@code limit} (≤ 200); pass the page's cursor back for the next one.
     */
    @Beta
    default Page<OpportunityRecord> list(Optional<UUID> customerId, Optional<UUID> ownerId, Optional<String> cursor,
                                         int limit) {
        throw new UnsupportedOperationException("needs a host with platform API 0.2");
    }

    /** The stages a deal the user may see went through, oldest first; empty for a deal the user may not see. */
    @Beta
    default List<StageStep> stageHistory(UUID opportunityId) {
        throw new UnsupportedOperationException("needs a host with platform API 0.2");
    }
}
