package io.tacitcrm.access.service;

import io.tacitcrm.access.domain.AccessRules;
import io.tacitcrm.access.domain.GranteeType;
import io.tacitcrm.access.domain.OrgWideDefault;
import io.tacitcrm.access.domain.RecordFacts;
import io.tacitcrm.access.domain.RecordRef;
import io.tacitcrm.access.domain.RecordShare;
import io.tacitcrm.access.domain.RecordShareRepository;
import io.tacitcrm.access.domain.RuleInForce;
import io.tacitcrm.access.domain.RuleKind;
import io.tacitcrm.access.domain.SharingDefaults;
import io.tacitcrm.access.domain.SharingRuleRepository;
import io.tacitcrm.access.domain.Subject;
import io.tacitcrm.identity.domain.RoleId;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.Principal;
import io.tacitcrm.identity.service.RevisionCache;
import io.tacitcrm.identity.service.UserDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
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

    /** What decides the caller's access to the record; the record's own facts come with its reference. */
    RecordFacts facts(RecordRef record) {
        return withShares(withoutShares(record), record);
    }

    /** A record's facts but its shares, which take a query (see {@link AccessRules#sharesCouldRaise}). */
    RecordFacts withoutShares(RecordRef record) {
        return facts(record, List.of());
    }

    /** The facts {@link #withoutShares} gave, completed with the record's active shares. */
    RecordFacts withShares(RecordFacts withoutShares, RecordRef record) {
        var now = clock.instant();
        return withoutShares.withShares(shares.forRecord(record.objectType(), record.id()).stream()
                .filter(s -> s.activeAt(now)).toList());
    }

    /** The facts of many records of one kind, in their order; their shares are read together. */
    List<RecordFacts> facts(String objectType, List<RecordRef> records) {
        Map<UUID, List<RecordShare>> byRecord = shares.forRecords(objectType,
                records.stream().map(RecordRef::id).toList());
        return records.stream().map(r -> facts(r, byRecord.getOrDefault(r.id(), List.of()))).toList();
    }

    private RecordFacts facts(RecordRef record, List<RecordShare> recordShares) {
        List<RuleInForce> inForce = rulesInForce(record.objectType());
        boolean ownerRules = inForce.stream().anyMatch(r -> r.rule().kind() == RuleKind.OWNER);
        var now = clock.instant();
        return new RecordFacts(record.owner(), record.ownerLapsed(), directory.rolePathOf(record.owner()),
                ownerRules ? directory.teamsOf(record.owner()) : Set.of(),
                recordShares.stream().filter(s -> s.activeAt(now)).toList(),
                defaultOf(record.objectType()), record.fields(), inForce);
    }
}
