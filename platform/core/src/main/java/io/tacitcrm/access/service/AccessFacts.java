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
import java.util.stream.IntStream;

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
    private RecordFacts withoutShares(RecordRef record) {
        List<RuleInForce> inForce = rulesInForce(record.objectType());
        boolean ownerRules = inForce.stream().anyMatch(r -> r.rule().kind() == RuleKind.OWNER);
        return new RecordFacts(record.owner(), record.ownerLapsed(), directory.rolePathOf(record.owner()),
                ownerRules ? directory.teamsOf(record.owner()) : Set.of(), List.of(),
                defaultOf(record.objectType()), record.fields(), inForce);
    }

    /** What decides one subject's access to the record: its shares are read only if they could raise it. */
    RecordFacts facts(Subject subject, RecordRef record) {
        RecordFacts known = withoutShares(record);
        return AccessRules.sharesCouldRaise(subject, known) ? withShares(known, record) : known;
    }

    private RecordFacts withShares(RecordFacts withoutShares, RecordRef record) {
        return withoutShares.withShares(active(shares.forRecord(record.objectType(), record.id())));
    }

    /**
     * The facts of many records of one kind, in their order, for one subject: the shares of those whose access they
     * could raise are read together, in one query or none.
     */
    List<RecordFacts> facts(Subject subject, String objectType, List<RecordRef> records) {
        List<RecordFacts> known = records.stream().map(this::withoutShares).toList();
        List<UUID> open = IntStream.range(0, records.size())
                .filter(i -> AccessRules.sharesCouldRaise(subject, known.get(i)))
                .mapToObj(i -> records.get(i).id()).toList();
        if (open.isEmpty()) {
            return known;
        }
        Map<UUID, List<RecordShare>> byRecord = shares.forRecords(objectType, open);
        return IntStream.range(0, records.size()).mapToObj(i -> byRecord.containsKey(records.get(i).id())
                ? known.get(i).withShares(active(byRecord.get(records.get(i).id()))) : known.get(i)).toList();
    }

    private List<RecordShare> active(List<RecordShare> recordShares) {
        var now = clock.instant();
        return recordShares.stream().filter(s -> s.activeAt(now)).toList();
    }
}
