package io.tacitcrm.identity.domain;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * A role's place in the tree: {@code /<root id>/<child id>/.../<own id>/}. Comparing paths answers "is this role
 * above that one" without walking the tree.
 */
public record RolePath(String value) {

    public RolePath {
        if (value == null || !value.startsWith("/") || !value.endsWith("/") || value.length() < 3) {
            throw new IllegalArgumentException("not a role path: " + value);
        }
    }

    /** True when {@code other} lies strictly below this role. */
    public boolean isAbove(RolePath other) {
        return other.value.length() > value.length() && other.value.startsWith(value);
    }

    /** True when {@code other} is this role or lies below it. */
    public boolean covers(RolePath other) {
        return other.value.startsWith(value);
    }

    /** The roles from the root down to this one, this one last. */
    public List<RoleId> lineage() {
        return Arrays.stream(value.substring(1, value.length() - 1).split("/")).map(UUID::fromString).map(RoleId::new)
                .toList();
    }
}
