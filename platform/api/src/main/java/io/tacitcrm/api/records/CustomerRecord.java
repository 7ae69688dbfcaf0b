package io.tacitcrm.api.records;

import io.tacitcrm.api.Stable;
import java.util.Optional;
import java.util.UUID;

/** A customer (account) as a plugin sees it. */
@Stable(since = "0.1")
public record CustomerRecord(UUID id, String name, Optional<String> industry, Optional<String> region, UUID ownerId,
                             String ownerName) {
}
