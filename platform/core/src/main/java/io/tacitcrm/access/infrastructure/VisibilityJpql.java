package io.tacitcrm.access.infrastructure;

import io.tacitcrm.access.domain.GranteeType;
import io.tacitcrm.access.domain.Viewer;
import io.tacitcrm.identity.domain.RoleId;
import jakarta.persistence.Query;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The visibility query builder: JPQL conditions that keep only the records a viewer may read, for any owned entity
 * with {@code id} and {@code ownerId}. They state in SQL what {@link io.tacitcrm.access.domain.AccessRules} states in
 * Java: own records, records shared with one's user, role or a role above it, and records owned below one's role.
 * Parameters are prefixed {@code v_} so they never clash with the caller's.
 */
public final class VisibilityJpql {

    /**
     * A condition and its parameters, and the entity it joins ({@code ""} for none), e.g. {@code "RecordShare v_s"}.
     */
    public record Condition(String jpql, Map<String, Object> parameters, String join) {

        public Condition(String jpql, Map<String, Object> parameters) {
            this(jpql, parameters, "");
        }

        public void bind(Query query) {
            parameters.forEach(query::setParameter);
        }
    }

    private VisibilityJpql() {
    }

    /** The readable records as one condition: the OR of the branches. Empty when the viewer may read everything. */
    public static Optional<Condition> readable(String alias, String objectType, Viewer viewer) {
        return branches(alias, objectType, viewer, false).map(branches -> {
            Map<String, Object> params = new HashMap<>();
            branches.forEach(b -> params.putAll(b.parameters()));
            return new Condition("(" + String.join(" or ", branches.stream().map(Condition::jpql).toList()) + ")", params);
        });
    }

    /**
     * The readable records as separate branches — own, shared, owned below — to be queried one by one: each is
     * index-friendly on its own, while their OR forces PostgreSQL to filter a scan of the whole list. Empty when the
     * viewer may read everything.
     */
    public static Optional<List<Condition>> readableBranches(String alias, String objectType, Viewer viewer) {
        return branches(alias, objectType, viewer, true);
    }

    /**
     * @param sharedAsJoin the shared branch as a join on the shares (so PostgreSQL starts from the viewer's few shares;
     *                     may repeat a record, callers select distinct) instead of an IN-subquery (usable inside an OR)
     */
    private static Optional<List<Condition>> branches(String alias, String objectType, Viewer viewer, boolean sharedAsJoin) {
        if (viewer.seesEverything()) {
            return Optional.empty();
        }
        List<Condition> branches = new java.util.ArrayList<>();
        branches.add(new Condition(alias + ".ownerId = :v_user", Map.of("v_user", viewer.user().value())));
        Map<String, Object> shared = new HashMap<>();
        shared.put("v_user", viewer.user().value());
        shared.put("v_type", objectType);
        shared.put("v_user_grantee", GranteeType.USER);
        StringBuilder sharedJpql = new StringBuilder(sharedAsJoin ? "v_s.recordId = " + alias + ".id and"
                : alias + ".id in (select v_s.recordId from RecordShare v_s where")
                .append(" v_s.objectType = :v_type and ((v_s.granteeType = :v_user_grantee and v_s.granteeId = :v_user)");
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
        branches.add(sharedAsJoin ? new Condition(sharedJpql.toString(), shared, "RecordShare v_s")
                : new Condition(sharedJpql.toString(), shared));
        // Role paths hold only hex digits, hyphens and slashes: no LIKE wildcards to escape.
        viewer.role().filter(path -> viewer.leadsOtherRoles()).ifPresent(path -> branches.add(new Condition(alias + ".ownerId in (select v_u.id from User v_u, Role v_r"
                + " where v_u.roleId = v_r.id and v_r.path like :v_below)", Map.of("v_below", path.value() + "_%"))));
        return Optional.of(branches);
    }
}
