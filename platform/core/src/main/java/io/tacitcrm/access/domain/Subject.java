package io.tacitcrm.access.domain;

import io.tacitcrm.identity.domain.RolePath;
import io.tacitcrm.identity.domain.UserId;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A user as the access rules see them: who they are, where their role sits in the tree, and the teams they are on. */
public record Subject(UserId user, Optional<RolePath> role, Set<UUID> teams) {

    public Subject {
        teams = Set.copyOf(teams);
    }

    public Subject(UserId user, Optional<RolePath> role) {
        this(user, role, Set.of());
    }
}
