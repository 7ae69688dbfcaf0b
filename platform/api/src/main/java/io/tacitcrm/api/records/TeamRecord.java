package io.tacitcrm.api.records;

import io.tacitcrm.api.Beta;
import java.util.Set;
import java.util.UUID;

/** A team of the workspace (people who work together across the role tree) and its members' user ids. */
@Beta
public record TeamRecord(UUID id, String name, Set<UUID> members) {

    public TeamRecord {
        members = Set.copyOf(members);
    }
}
