package io.tacitcrm.access.domain;

import io.tacitcrm.identity.domain.RolePath;
import io.tacitcrm.identity.domain.UserId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What the access rules need to know about one record: its owner (and whether their ownership has lapsed — a customer
 * returned to the public pool), the owner's role and teams, its active shares, the org-wide default, the fields
 * criteria
 * rules test, and the sharing rules of its object type.
 */
public record RecordFacts(UserId owner, boolean ownerLapsed, Optional<RolePath> ownerRole, Set<UUID> ownerTeams,
        List<RecordShare> shares,
                          OrgWideDefault orgDefault, Map<String, String> fields, List<RuleInForce> rules) {

    public RecordFacts {
        ownerTeams = Set.copyOf(ownerTeams);
        shares = List.copyOf(shares);
        fields = Map.copyOf(fields);
        rules = List.copyOf(rules);
    }

    /** These facts with the record's active shares. */
    public RecordFacts withShares(List<RecordShare> active) {
        return new RecordFacts(owner, ownerLapsed, ownerRole, ownerTeams, active, orgDefault, fields, rules);
    }

    public RecordFacts(UserId owner, Optional<RolePath> ownerRole, List<RecordShare> shares,
            OrgWideDefault orgDefault) {
        this(owner, false, ownerRole, Set.of(), shares, orgDefault, Map.of(), List.of());
    }
}
