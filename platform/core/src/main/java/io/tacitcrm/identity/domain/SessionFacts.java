package io.tacitcrm.identity.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Everything a request needs to know about the holder of a session token, read in one query: the token's validity,
 * the workspace's state and access revision, the user, their role's place and its subtree's permissions, their teams.
 */
public record SessionFacts(UserId user, String name, EmailAddress email, boolean userActive, String locale,
        Optional<RoleId> role,
                           Optional<RolePath> rolePath, int subtreeRoles, Grants permissions, Set<UUID> teams,
                           String workspace, boolean workspaceActive, long accessRevision, Optional<Instant> expiresAt,
                           Optional<Instant> revokedAt, boolean localeChosen) {

    public SessionFacts {
        teams = Set.copyOf(teams);
    }

    /** True when the token is unrevoked and unexpired, the user active and the workspace active. */
    public boolean admits(Instant now) {
        return revokedAt.isEmpty() && expiresAt.map(now::isBefore).orElse(true) && userActive && workspaceActive;
    }
}
