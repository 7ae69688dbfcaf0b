package io.tacitcrm.identity.domain;

import java.util.List;
import java.util.Optional;

/** The current tenant's role tree. */
public interface RoleRepository {

    Optional<Role> find(RoleId id);

    /** What the role and every role below it grant together, read without loading the roles themselves. */
    SubtreeGrants grantsOf(Role root);

    /** Every role of the tenant, roots first. */
    List<Role> all();

    void add(Role role);

    /** Roles directly below this one. */
    long countChildren(RoleId role);

    /**
     * Rewrites the path (and depth) of every role whose path starts with {@code oldPath} to start with {@code newPath}:
     * the whole subtree moves at once, in the caller's transaction.
     */
    void movePaths(RolePath oldPath, RolePath newPath, int depthDelta);

    void remove(Role role);
}
