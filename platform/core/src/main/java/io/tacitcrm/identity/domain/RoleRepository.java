package io.tacitcrm.identity.domain;

import java.util.List;
import java.util.Optional;

/** The current tenant's role tree. */
public interface RoleRepository {

    Optional<Role> find(RoleId id);

    /** The role and every role below it, at any depth. */
    List<Role> subtree(RoleId root);

    /** Every role of the tenant, roots first. */
    List<Role> all();

    void add(Role role);
}
