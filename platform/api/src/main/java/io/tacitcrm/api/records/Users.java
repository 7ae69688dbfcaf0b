package io.tacitcrm.api.records;

import io.tacitcrm.api.Beta;
import io.tacitcrm.api.Stable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The tenant's users (names and roles are visible to every user of the tenant). */
@Stable(since = "0.1")
public interface Users {

    Optional<UserRecord> find(UUID id);

    /** Display names by id, for the ids that are users of this tenant. */
    Map<UUID, String> names(Collection<UUID> ids);

    /** Active users, by name. */
    List<UserRecord> active();

    /** The workspace's teams with their members, by name. */
    @Beta
    default List<TeamRecord> teams() {
        throw new UnsupportedOperationException("needs a host with platform API 0.3");
    }
}
