package io.tacitcrm.identity.service;

import io.tacitcrm.identity.domain.Grants;
import io.tacitcrm.identity.domain.RoleId;
import java.util.Optional;

/** A role as callers see it: its place in the tree and the permissions it grants itself. */
public record RoleSummary(RoleId id, String name, Optional<RoleId> parent, Grants permissions) {
}
