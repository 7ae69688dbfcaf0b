package io.tacitcrm.access.service;

import io.tacitcrm.access.domain.AccessGrant;
import io.tacitcrm.access.domain.AccessLevel;
import io.tacitcrm.identity.domain.UserId;
import java.util.List;

/** One user's access to a record and every reason for it. */
public record UserAccess(UserId user, String name, AccessLevel level, List<AccessGrant> grants) {
}
