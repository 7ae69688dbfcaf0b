package io.tacitcrm.identity.service;

import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.domain.RoleId;
import java.util.Optional;
import java.util.Set;

/** A role as callers see it: its place in the tree and the permissions it grants itself. */
public record RoleSummary(RoleId id, String name, Optional<RoleId> parent, Set<Permission> permissions) {
}
