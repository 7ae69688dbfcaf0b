package io.tacitcrm.access.service;

import io.tacitcrm.access.domain.AccessLevel;
import io.tacitcrm.access.domain.CriteriaField;
import io.tacitcrm.access.domain.GranteeType;
import io.tacitcrm.access.domain.RuleKind;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A sharing rule as an administrator wants it, parsed but not yet checked against the workspace: an OWNER rule names
 * its source (a role, a role and its subordinates, or a team); a CRITERIA rule an account field and the values it
 * opens.
 */
public record RuleDraft(String name, String objectType, RuleKind kind, Optional<GranteeType> sourceType,
        Optional<UUID> sourceId,
                        Optional<CriteriaField> field, List<String> values, GranteeType granteeType, UUID granteeId,
                                AccessLevel access) {

    public RuleDraft {
        values = List.copyOf(values);
    }
}
