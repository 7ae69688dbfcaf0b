package io.tacitcrm.api.records;

import io.tacitcrm.api.Beta;
import io.tacitcrm.api.Stable;
import java.time.Instant;
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
     * How many of these opportunities are open, won and lost, counted over the whole tenant (a count discloses no
     * record,
     * so opportunities the user cannot open are counted too; ids of other tenants or unknown ids are not). At most
     * 10,000
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

    /**
     * A page of the deals the user may see that were written at or after {@code since} — edited, moved to another
     * stage or given to another owner — newest first, at most {@code limit} (≤ 200). See
     * {@link Customers#changedSince} for keeping a copy in step.
     */
    @Beta
    default Page<OpportunityRecord> changedSince(Instant since, Optional<String> cursor, int limit) {
        throw new UnsupportedOperationException("needs a host with platform API 0.2");
    }

    /**
     * The deals with these ids that the user may see, in one query, in no particular order; unknown, hidden and other
     * workspaces' ids are left out. At most 1,000 ids.
     */
    @Beta
    default List<OpportunityRecord> find(Collection<UUID> ids) {
        return ids.stream().distinct().map(this::find).flatMap(Optional::stream).toList();
    }

    /** The stages a deal the user may see went through, oldest first; empty for a deal the user may not see. */
    @Beta
    default List<StageStep> stageHistory(UUID opportunityId) {
        throw new UnsupportedOperationException("needs a host with platform API 0.2");
    }
}
