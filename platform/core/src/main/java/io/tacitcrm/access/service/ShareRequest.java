package io.tacitcrm.access.service;

import io.tacitcrm.access.domain.AccessLevel;
import io.tacitcrm.access.domain.GranteeType;
import java.util.UUID;

/** Share a record with a user, a role, or a role and its subordinates. */
public record ShareRequest(GranteeType granteeType, UUID granteeId, AccessLevel access) {
}
