package io.tacitcrm.analytics.ui;

import java.util.Optional;
import java.util.UUID;

/** A choice of whose figures to show: the owner, role or team id (none for everyone visible), with its label. */
public record Whose(String label, Optional<UUID> ownerId, Optional<UUID> roleId, Optional<UUID> teamId) {

    static Whose everyone(String label) {
        return new Whose(label, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
