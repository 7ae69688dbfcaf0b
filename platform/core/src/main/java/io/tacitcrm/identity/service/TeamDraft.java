package io.tacitcrm.identity.service;

import io.tacitcrm.identity.domain.UserId;
import java.util.Optional;
import java.util.Set;

/** A team as the client wants it: name, leader (who is also a member) and members, ids already well-formed. */
public record TeamDraft(String name, Optional<UserId> leader, Set<UserId> members) {

    public TeamDraft {
        members = Set.copyOf(members);
    }
}
