package io.tacitcrm.api.records;

import io.tacitcrm.api.Stable;
import java.util.Optional;
import java.util.UUID;

/** Activities the current user may see. */
@Stable(since = "0.1")
public interface Activities {

    Optional<ActivityRecord> find(UUID id);
}
