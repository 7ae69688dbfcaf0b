package io.tacitcrm.api.records;

import io.tacitcrm.api.Beta;
import io.tacitcrm.api.Stable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Activities the current user may see. */
@Stable(since = "0.1")
public interface Activities {

    Optional<ActivityRecord> find(UUID id);

    /**
     * The customer's activities the user may see, newest first, at most {@code limit} (≤ 100); none if the customer
     * is
     * hidden.
     */
    List<ActivityRecord> ofCustomer(UUID customerId, int limit);

    /**
     * A page of the footprints the user may see that meet the criteria, newest first, at most {@code limit} (≤ 200);
     * pass the page's cursor back for the next one.
     */
    @Beta
    default Page<ActivityRecord> list(ActivityCriteria criteria, Optional<String> cursor, int limit) {
        throw new UnsupportedOperationException("needs a host with platform API 0.2");
    }
}
