package io.tacitcrm.access.service;

import io.tacitcrm.access.domain.AccessLevel;
import io.tacitcrm.identity.domain.UserId;
import java.time.Instant;
import java.util.Optional;

/**
 * A place on a record's team: who, in which role on the team (e.g. "Solution engineer"), with what access, until when.
 */
public record TeamMembership(UserId user, String teamRole, AccessLevel access, Optional<Instant> until) {
}
