package io.tacitcrm.access.domain;

import io.tacitcrm.identity.domain.RolePath;
import io.tacitcrm.identity.domain.UserId;
import java.util.List;
import java.util.Optional;

/** What the access rules need to know about one record: its owner, the owner's role, and its shares. */
public record RecordFacts(UserId owner, Optional<RolePath> ownerRole, List<RecordShare> shares, OrgWideDefault orgDefault) {
}
