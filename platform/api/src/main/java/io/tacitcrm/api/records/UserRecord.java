package io.tacitcrm.api.records;

import io.tacitcrm.api.Stable;
import java.util.Optional;
import java.util.UUID;

/** A user of the tenant: name and role. */
@Stable(since = "0.1")
public record UserRecord(UUID id, String name, Optional<UUID> roleId, Optional<String> roleName) {
}
