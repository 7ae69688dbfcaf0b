package io.tacitcrm.access.service;

import io.tacitcrm.access.domain.GranteeType;
import io.tacitcrm.access.domain.OrgWideDefault;
import io.tacitcrm.access.domain.RecordFacts;
import io.tacitcrm.access.domain.RecordFieldSource;
import io.tacitcrm.access.domain.RecordShareRepository;
import io.tacitcrm.access.domain.RuleInForce;
import io.tacitcrm.access.domain.RuleKind;
import io.tacitcrm.access.domain.SharingDefaults;
import io.tacitcrm.access.domain.SharingRule;
import io.tacitcrm.access.domain.SharingRuleRepository;
import io.tacitcrm.access.domain.Subject;
import io.tacitcrm.identity.domain.RoleId;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.Member;
import io.tacitcrm.identity.service.Principal;
import io.tacitcrm.identity.service.RevisionCache;
import io.tacitcrm.identity.service.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Gathers, for one request, what the access rules need: the caller as a subject, a record's facts, the rules in force.
 */
@ApplicationScoped
class AccessFacts {

    @Inject
    UserDirectory directory;
    @Inject
    RecordShareRepository shares;
    @Inject
    SharingRuleRepository rules;
    @Inject
    SharingDefaults defaults;
    @Inject
    Instance<RecordFieldSource> fieldSources;
    @Inject
    Clock clock;
    @Inject
    RevisionCache cache;
    @Inject
    CurrentPrincipal caller;

    Subject subject(Principal principal) {
        return new Subject(principal.userId(), principal.rolePath(),
                principal.teams().stream().map(t -> t.value()).collect(Collectors.toUnmodifiableSet()));
    }

    /** The object type's sharing rules, each with its source role's current place in the tree. */
    List<RuleInForce> rulesInForce(String objectType) {
        return cache.get(caller.require(), "rules:" + objectType, () -> loadRules(objectType));
    }

    /** The org-wide default of the object type. */
    OrgWideDefault defaultOf(String objectType) {
        return cache.get(caller.require(), "default:" + objectType, () -> defaults.of(objectType));
    }

    private List<RuleInForce> loadRules(String objectType) {
        return rules.forObject(objectType).stream().map(rule -> new RuleInForce(rule,
                rule.sourceType().filter(t -> t == GranteeType.ROLE_AND_SUBORDINATES)
                        .flatMap(t -> directory.rolePath(new RoleId(rule.sourceId().orElseThrow()))))).toList();
    }

    RecordFacts facts(String objectType, UUID recordId, UserId owner) {
        List<RuleInForce> inForce = rulesInForce(objectType);
        boolean ownerRules = inForce.stream().anyMatch(r -> r.rule().kind() == RuleKind.OWNER);
        boolean criteriaRules = inForce.stream().anyMatch(r -> r.rule().kind() == RuleKind.CRITERIA);
        Map<String, String> fields = criteriaRules ? fieldsOf(objectType, recordId) : Map.of();
        var now = clock.instant();
        boolean lapsed = source(objectType).map(s -> s.ownerLapsed(recordId)).orElse(false);
        return new RecordFacts(owner, lapsed, directory.member(owner).flatMap(Member::role),
                ownerRules ? directory.teamsOf(owner) : Set.of(),
                shares.forRecord(objectType, recordId).stream().filter(s -> s.activeAt(now)).toList(),
                defaultOf(objectType), fields, inForce);
    }

    private Map<String, String> fieldsOf(String objectType, UUID recordId) {
        return source(objectType).map(s -> s.fieldsOf(recordId)).orElse(Map.of());
    }

    private Optional<RecordFieldSource> source(String objectType) {
        return fieldSources.stream().filter(s -> s.objectType().equals(objectType)).findFirst();
    }

}
