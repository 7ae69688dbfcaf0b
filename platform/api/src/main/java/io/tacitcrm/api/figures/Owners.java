package io.tacitcrm.api.figures;

import io.tacitcrm.api.Beta;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Whose records a figure counts: every record the user may see, or those owned by one user, by the users of a role and
 * the roles below it, or by a team's members. Always within what the user may see — naming a colleague never opens
 * their records.
 */
@Beta
public record Owners(Kind kind, Optional<UUID> id) {

    public enum Kind {
        VISIBLE, USER, ROLE_AND_BELOW, TEAM
    }

    public Owners {
        Objects.requireNonNull(kind);
        if (id.isPresent() == (kind == Kind.VISIBLE)) {
            throw new IllegalArgumentException(kind + (kind == Kind.VISIBLE ? " takes no id" : " needs an id"));
        }
    }

    public static Owners visible() {
        return new Owners(Kind.VISIBLE, Optional.empty());
    }

    public static Owners user(UUID id) {
        return new Owners(Kind.USER, Optional.of(id));
    }

    public static Owners roleAndBelow(UUID roleId) {
        return new Owners(Kind.ROLE_AND_BELOW, Optional.of(roleId));
    }

    public static Owners team(UUID teamId) {
        return new Owners(Kind.TEAM, Optional.of(teamId));
    }
}
