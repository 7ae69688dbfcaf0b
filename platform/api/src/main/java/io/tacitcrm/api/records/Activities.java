package io.tacitcrm.api.records;

import io.tacitcrm.api.Stable;
import java.util.Optional;
import java.util.UUID;

/** Activities the current user may see. */
@Stable(since = "0.1")
public interface Activities {

    Optional<ActivityRecord> find(UUID id);

    /** The customer's activities the user may see, newest first, at most {@code limit} (≤ 100); none if the customer is hidden. */
    java.util.List<ActivityRecord> ofCustomer(UUID customerId, int limit);
}
