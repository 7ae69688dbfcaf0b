package io.tacitcrm.access.domain;

import io.tacitcrm.identity.domain.RolePath;
import io.tacitcrm.identity.domain.UserId;
import java.util.Optional;

/** A user as the access rules see them: who they are and where their role sits in the tree (if they have one). */
public record Subject(UserId user, Optional<RolePath> role) {
}
