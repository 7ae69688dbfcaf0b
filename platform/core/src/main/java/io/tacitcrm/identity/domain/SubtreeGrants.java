package io.tacitcrm.identity.domain;

/**
 * What a role and everything below it grant together: the union of their permissions, and how many roles that is
 * (more than one: the role leads others).
 */
public record SubtreeGrants(Grants permissions, long roles) {
}
