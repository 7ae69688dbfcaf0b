package io.tacitcrm.identity.service;

import io.tacitcrm.identity.domain.RoleId;
import io.tacitcrm.identity.domain.UserId;
import java.util.Optional;

/** A user as administrators see them in the user list; {@code invited}: has not chosen a password yet. */
public record UserListing(UserId id, String email, String name, Optional<RoleId> role, boolean active, String locale,
                          boolean invited) {
}
