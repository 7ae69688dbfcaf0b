package io.tacitcrm.identity.domain;

import java.util.Set;

/**
 * What a role and everything below it grant together: the union of their permissions, and how many roles that is
 * (more than one: the role leads others).
 */
public record SubtreeGrants(Set<Permission> permissions, long roles) {

    public SubtreeGrants {
        permissions = Set.copyOf(permissions);
    }
}
