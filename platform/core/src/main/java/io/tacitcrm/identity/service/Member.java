package io.tacitcrm.identity.service;

import io.tacitcrm.identity.domain.RolePath;
import io.tacitcrm.identity.domain.UserId;
import java.util.Optional;

/** An active user of the workspace with their place in the role tree, as other features see them. */
public record Member(UserId id, String name, Optional<RolePath> role, Optional<String> roleName) {
}
