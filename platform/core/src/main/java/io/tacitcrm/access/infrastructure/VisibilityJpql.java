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
 * The visibility query builder: a JPQL condition that keeps only the records a viewer may read, for any owned entity
 * with {@code id} and {@code ownerId}. It states in SQL what {@link io.tacitcrm.access.domain.AccessRules} states in
 * Java: own records, records owned below one's role, and records shared with one's user, role or a role above it.
 * Parameters are prefixed {@code v_} so they never clash with the caller's.
 */
public final class VisibilityJpql {

    /** A condition and its parameters; empty when the viewer may read every record of the object. */
    public record Condition(String jpql, Map<String, Object> parameters) {
        public void bind(Query query) {
            parameters.forEach(query::setParameter);
        }
    }

    private VisibilityJpql() {
    }

    public static Optional<Condition> readable(String alias, String objectType, Viewer viewer) {
        if (viewer.seesEverything()) {
            return Optional.empty();
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder jpql = new StringBuilder("(").append(alias).append(".ownerId = :v_user");
        params.put("v_user", viewer.user().value());
        params.put("v_type", objectType);
        params.put("v_user_grantee", GranteeType.USER);
        jpql.append(" or ").append(alias).append(".id in (select v_s.recordId from RecordShare v_s where v_s.objectType = :v_type and (")
                .append("(v_s.granteeType = :v_user_grantee and v_s.granteeId = :v_user)");
        viewer.role().ifPresent(path -> {
            List<UUID> lineage = path.lineage().stream().map(RoleId::value).toList();
            params.put("v_role", lineage.getLast());
            params.put("v_lineage", lineage);
            params.put("v_role_grantee", GranteeType.ROLE);
            params.put("v_subtree_grantee", GranteeType.ROLE_AND_SUBORDINATES);
            jpql.append(" or (v_s.granteeType = :v_role_grantee and v_s.granteeId = :v_role)")
                    .append(" or (v_s.granteeType = :v_subtree_grantee and v_s.granteeId in :v_lineage)");
        });
        jpql.append("))");
        viewer.role().ifPresent(path -> {
            // Role paths hold only hex digits, hyphens and slashes: no LIKE wildcards to escape.
            params.put("v_below", path.value() + "_%");
            jpql.append(" or ").append(alias).append(".ownerId in (select v_u.id from User v_u, Role v_r")
                    .append(" where v_u.roleId = v_r.id and v_r.path like :v_below)");
        });
        jpql.append(")");
        return Optional.of(new Condition(jpql.toString(), params));
    }
}
