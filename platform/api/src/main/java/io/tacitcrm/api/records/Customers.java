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

/** Customers the current user may see. */
@Stable(since = "0.1")
public interface Customers {

    /** The customer, if it exists in this tenant and the user may see it. */
    Optional<CustomerRecord> find(UUID id);

    /** Customers whose name, phone or contacts match {@code text}, newest first, at most {@code limit} (≤ 100). */
    List<CustomerRecord> search(String text, int limit);

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
     * A page of the customers the user may see, of one owner when given, newest first, at most {@code limit} (≤ 200);
     * pass the page's cursor back for the next one.
     */
    @Beta
    default Page<CustomerRecord> list(Optional<UUID> ownerId, Optional<String> cursor, int limit) {
        throw new UnsupportedOperationException("needs a host with platform API 0.2");
    }

    /**
     * A page of the customers the user may see that were written at or after {@code since} — edited, given to another
     * owner (an edit, a transfer, the public pool, a handover) or put into the pool — newest first, at most
     * {@code limit} (≤ 200). To keep a copy in step, note the time before reading, read every page, and pass that
     * time next round: a change made while you read is then read again rather than missed.
     */
    @Beta
    default Page<CustomerRecord> changedSince(Instant since, Optional<String> cursor, int limit) {
        throw new UnsupportedOperationException("needs a host with platform API 0.2");
    }

    /**
     * The customers with these ids that the user may see, in one query, in no particular order; unknown, hidden and
     * other workspaces' ids are left out. At most 1,000 ids.
     */
    @Beta
    default List<CustomerRecord> find(Collection<UUID> ids) {
        return ids.stream().distinct().map(this::find).flatMap(Optional::stream).toList();
    }
}
