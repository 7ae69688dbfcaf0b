package io.tacitcrm.api.records;

import io.tacitcrm.api.Stable;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A role of the tenant's hierarchy; {@code parentId} is its superior role. */
@Stable(since = "0.1")
public record RoleRecord(UUID id, String name, Optional<UUID> parentId, Set<String> permissions) {
}
