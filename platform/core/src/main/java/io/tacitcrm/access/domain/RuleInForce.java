package io.tacitcrm.access.domain;

import io.tacitcrm.identity.domain.RolePath;
import java.util.Optional;

/** A sharing rule with the current place of its source role in the tree (for "a role and its subordinates" rules). */
public record RuleInForce(SharingRule rule, Optional<RolePath> sourceRole) {

    public boolean covers(RecordFacts record) {
        return rule.covers(record, sourceRole);
    }
}
