package io.tacitcrm.access.infrastructure;

import io.tacitcrm.access.domain.GranteeType;
import io.tacitcrm.access.domain.RuleInForce;
import io.tacitcrm.access.domain.RuleKind;
import io.tacitcrm.access.domain.SharingRule;
import io.tacitcrm.access.domain.Viewer;
import io.tacitcrm.common.persistence.JpqlCondition;
import io.tacitcrm.identity.domain.RoleId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The visibility query builder: JPQL conditions that keep only the records a viewer may read, for any owned entity
 * with {@code id} and {@code ownerId}. They state in SQL what {@link io.tacitcrm.access.domain.AccessRules} states in
 * Java: own records, records shared with one's user, team, role or a role above it (time-limited shares while they
 * last), records owned below one's role, and records opened by sharing rules that reach one.
 * Parameters are prefixed {@code v_} so they never clash with the caller's.
 */
public final class VisibilityJpql {

    /**
     * Object types whose owners' ownership can lapse (accounts, into the public pool); their entities map {@code
     * pooledAt}.
     */
    private static final Set<String> LAPSING = Set.of("account");

    private VisibilityJpql() {
    }

    /** The readable records as one condition: the OR of the branches. Empty when the viewer may read everything. */
    public static Optional<JpqlCondition> readable(String alias, String objectType, Viewer viewer) {
        return branches(alias, objectType, viewer, false).map(JpqlCondition::anyOf);
    }

    /**
     * The readable records as separate branches — own, shared, owned below — to be queried one by one: each is
     * index-friendly on its own, while their OR forces PostgreSQL to filter a scan of the whole list. The first is
     * always the viewer's own records. Empty when the viewer may read everything.
     */
    public static Optional<List<JpqlCondition>> readableBranches(String alias, String objectType, Viewer viewer) {
        return branches(alias, objectType, viewer, true);
    }

    /**
     * @param sharedAsJoin the shared branch as a join on the shares (so PostgreSQL starts from the viewer's few shares;
     *                     may repeat a record, callers select distinct) instead of an IN-subquery (usable inside an OR)
     */
    private static Optional<List<JpqlCondition>> branches(String alias, String objectType, Viewer viewer,
            boolean sharedAsJoin) {
        if (viewer.seesEverything()) {
            return Optional.empty();
        }
        List<JpqlCondition> branches = new ArrayList<>();
        // A customer in the public pool is no longer its last owner's: their own-records branch skips it.
        branches.add(new JpqlCondition(alias + ".ownerId = :v_user" + (LAPSING.contains(objectType) ? " and " + alias
                + ".pooledAt is null" : ""),
                Map.of("v_user", viewer.user().value())));
        Map<String, Object> shared = new HashMap<>();
        shared.put("v_user", viewer.user().value());
        shared.put("v_type", objectType);
        shared.put("v_user_grantee", GranteeType.USER);
        shared.put("v_now", viewer.now());
        StringBuilder sharedJpql = new StringBuilder(sharedAsJoin ? "v_s.recordId = " + alias + ".id and"
                : alias + ".id in (select v_s.recordId from RecordShare v_s where")
                .append(" v_s.objectType = :v_type and (v_s.expiresAt is null or v_s.expiresAt > :v_now)")
                .append(" and ((v_s.granteeType = :v_user_grantee and v_s.granteeId = :v_user)");
        if (!viewer.subject().teams().isEmpty()) {
            shared.put("v_team_grantee", GranteeType.TEAM);
            shared.put("v_teams", List.copyOf(viewer.subject().teams()));
            sharedJpql.append(" or (v_s.granteeType = :v_team_grantee and v_s.granteeId in :v_teams)");
        }
        viewer.role().ifPresent(path -> {
            List<UUID> lineage = path.lineage().stream().map(RoleId::value).toList();
            shared.put("v_role", lineage.getLast());
            shared.put("v_lineage", lineage);
            shared.put("v_role_grantee", GranteeType.ROLE);
            shared.put("v_subtree_grantee", GranteeType.ROLE_AND_SUBORDINATES);
            sharedJpql.append(" or (v_s.granteeType = :v_role_grantee and v_s.granteeId = :v_role)")
                    .append(" or (v_s.granteeType = :v_subtree_grantee and v_s.granteeId in :v_lineage)");
        });
        sharedJpql.append(sharedAsJoin ? ")" : "))");
        branches.add(sharedAsJoin ? new JpqlCondition(sharedJpql.toString(), shared, "RecordShare v_s")
                : new JpqlCondition(sharedJpql.toString(), shared));
        // Role paths hold only hex digits, hyphens and slashes: no LIKE wildcards to escape.
        viewer.role().filter(path -> viewer.leadsOtherRoles()).ifPresent(path -> branches.add(new JpqlCondition(alias
                + ".ownerId in (select v_u.id from User v_u, Role v_r"
                + " where v_u.roleId = v_r.id and v_r.path like :v_below)", Map.of("v_below", path.value() + "_%"))));
        ruled(alias, objectType, viewer).ifPresent(branches::add);
        return Optional.of(branches);
    }

    /** Records opened to the viewer by sharing rules: one condition per rule, joined by OR. */
    private static Optional<JpqlCondition> ruled(String alias, String objectType, Viewer viewer) {
        List<RuleInForce> rules = viewer.rules().stream().filter(r -> r.rule().objectType().equals(objectType))
                .toList();
        List<JpqlCondition> conditions = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            conditions.add(opened(alias, rules.get(i), "v_rule" + i));
        }
        return conditions.isEmpty() ? Optional.empty() : Optional.of(JpqlCondition.anyOf(conditions));
    }

    /** The records one rule opens; {@code p} names its parameter and prefixes its subquery's aliases. */
    private static JpqlCondition opened(String alias, RuleInForce inForce, String p) {
        SharingRule rule = inForce.rule();
        if (rule.kind() == RuleKind.CRITERIA) {
            return JpqlCondition.of(alias + "." + rule.criteriaField().orElseThrow().field() + " in :" + p, p,
                    rule.criteriaValues());
        }
        String owners = alias + ".ownerId in (select ";
        return switch (rule.sourceType().orElseThrow()) {
            case TEAM -> JpqlCondition.of(owners + p + "m.userId from TeamMember " + p + "m where " + p
                    + "m.teamId = :" + p + ")", p, rule.sourceId().orElseThrow());
            case ROLE -> JpqlCondition.of(owners + p + "u.id from User " + p + "u where " + p + "u.roleId = :" + p
                    + ")", p, rule.sourceId().orElseThrow());
            // Role paths hold only hex digits, hyphens and slashes: no LIKE wildcards to escape.
            case ROLE_AND_SUBORDINATES -> JpqlCondition.of(owners + p + "u.id from User " + p + "u, Role " + p
                    + "r where " + p + "u.roleId = " + p + "r.id and " + p + "r.path like :" + p + ")", p,
                    inForce.sourceRole().map(r -> r.value() + "%").orElse("/nowhere/"));
            case USER -> throw new IllegalStateException("an owner rule names a role or a team");
        };
    }
}
