package io.tacitcrm.plugin.infrastructure;

import io.tacitcrm.access.domain.Viewer;
import io.tacitcrm.access.infrastructure.VisibilityJpql;
import io.tacitcrm.customer.domain.Account;
import io.tacitcrm.plugin.domain.FigureScope;
import io.tacitcrm.sales.domain.Opportunity;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.Map;

/** A growing JPQL condition and its parameters. */
final class Where {

    private final StringBuilder jpql;
    final Map<String, Object> parameters = new HashMap<>();

    Where(String first) {
        jpql = new StringBuilder(first);
    }

    Where(Where copy) {
        jpql = new StringBuilder(copy.jpql);
        parameters.putAll(copy.parameters);
    }

    String jpql() {
        return jpql.toString();
    }

    Where and(String condition) {
        jpql.append(" and ").append(condition);
        return this;
    }

    Where put(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** The visibility condition of {@code alias}, as " and (…)" with its parameters taken in, or "". */
    String readable(String alias, String objectType, Viewer viewer, String prefix) {
        return VisibilityJpql.readable(alias, objectType, viewer).map(c -> c.prefixed(prefix)).map(c -> {
            parameters.putAll(c.parameters());
            return " and " + c.jpql();
        }).orElse("");
    }

    /** Deals the viewer may open, owned as the scope says. */
    void deals(String alias, FigureScope scope) {
        jpql.append(readable(alias, Opportunity.OBJECT_TYPE, scope.deals(), "vo_"));
        owners(alias, scope);
    }

    /**
     * Footprints whose customer — and deal, if any — the viewer may open. Asked per footprint (a key lookup)
     * rather than as "in the set of readable ones": a visibility condition ORs owners and shares, which would
     * make the database scan every customer or deal of the company to build that set.
     */
    void footprints(FigureScope scope) {
        customerOfFootprint(scope);
        dealOfFootprint(scope);
    }

    /** Footprints whose customer the viewer may open (asked per footprint, as above). */
    void customerOfFootprint(FigureScope scope) {
        VisibilityJpql.readable("f_c", Account.OBJECT_TYPE, scope.customers()).map(c -> c.prefixed("vc_"))
                .ifPresent(c -> {
                    parameters.putAll(c.parameters());
                    and("exists (select f_c.id from Account f_c where f_c.id = a.accountId and " + c.jpql()
                            + ")");
                });
    }

    void dealOfFootprint(FigureScope scope) {
        VisibilityJpql.readable("f_o", Opportunity.OBJECT_TYPE, scope.deals()).map(c -> c.prefixed("vo_"))
                .ifPresent(c -> {
                    parameters.putAll(c.parameters());
                    // "no deal of the footprint that the viewer may not open": an anti-join the database
                    // runs per footprint or hashed as the numbers say, where "no deal or a readable one" made
                    // it hash every deal of the company even for a rep's few footprints. The condition is
                    // never unknown (it compares non-null columns), so its negation is exact.
                    and("not exists (select f_o.id from Opportunity f_o where f_o.id = a.opportunityId"
                            + " and not (" + c.jpql() + "))");
                });
    }

    void owners(String alias, FigureScope scope) {
        owners(alias, "ownerId", scope);
    }

    void owners(String alias, String field, FigureScope scope) {
        String owner = alias + "." + field;
        switch (scope.owners().kind()) {
            case VISIBLE -> {
            }
            case USER -> and(owner + " = :f_owner").put("f_owner", scope.owners().id().orElseThrow());
            case ROLE_AND_BELOW -> and(owner + " in (select f_ou.id from User f_ou, Role f_or"
                    + " where f_ou.roleId = f_or.id and f_or.path like :f_owner_role)")
                    .put("f_owner_role", scope.rolePath().orElseThrow() + "%");
            case TEAM -> and(owner + " in (select f_tm.userId from TeamMember f_tm where f_tm.teamId = :f_team)")
                    .put("f_team", scope.owners().id().orElseThrow());
        }
    }

    <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query.setHint("eclipselink.read-only", "true");
    }
}
