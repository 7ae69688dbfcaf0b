package io.tacitcrm.transfer.infrastructure;

import io.tacitcrm.identity.domain.RolePath;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.transfer.domain.TransferCriteria;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL condition (on {@code account a}) that picks a transfer's customers, with its parameters: in the tenant, owned
 * by the caller or someone below their role, not already the target's, and matching every given criterion.
 */
final class Selection {

    private final List<String> clauses = new ArrayList<>();
    private final List<Binder> params = new ArrayList<>();

    private interface Binder {
        void bind(PreparedStatement ps, int index) throws SQLException;
    }

    Selection(UUID tenant, TransferCriteria criteria, UserId caller, Optional<RolePath> callerRole, UserId to,
            Instant now) {
        add("a.tenant_id = ?", (ps, i) -> ps.setObject(i, tenant));
        if (callerRole.isPresent()) {
            // Role paths hold only hex digits, hyphens and slashes: no LIKE wildcards to escape.
            // the tenant as a parameter, not a reference to a.tenant_id: an uncorrelated subquery runs once, hashed
            add("(a.owner_id = ? or a.owner_id in (select u.id from app_user u join app_role r on r.tenant_id = "
                    + "u.tenant_id and r.id = u.role_id"
                            + " where u.tenant_id = ? and r.path like ?))",
                    (ps, i) -> ps.setObject(i, caller.value()), (ps, i) -> ps.setObject(i, tenant),
                    (ps, i) -> ps.setString(i, callerRole.get().value() + "_%"));
        } else {
            add("a.owner_id = ?", (ps, i) -> ps.setObject(i, caller.value()));
        }
        add("a.owner_id <> ?", (ps, i) -> ps.setObject(i, to.value()));
        anyOf("a.id", "uuid", criteria.accountIds());
        anyOf("a.owner_id", "uuid", criteria.ownerIds());
        anyOf("a.region", "varchar", criteria.regions());
        anyOf("a.industry", "varchar", criteria.industries());
        anyOf("a.value_tier", "varchar", criteria.valueTiers());
        criteria.untouchedDays().ifPresent(days
                -> add("not exists (select 1 from activity x where x.tenant_id = ?"
                        + " and x.account_id = a.id and x.status = 'DONE' and x.occurred_at > ?)",
                (ps, i) -> ps.setObject(i, tenant),
                (ps, i) -> ps.setTimestamp(i, Timestamp.from(now.minus(days, ChronoUnit.DAYS)))));
    }

    private void anyOf(String column, String type, List<?> values) {
        if (!values.isEmpty()) {
            add(column + " = any (?)", (ps, i) -> ps.setArray(i, ps.getConnection().createArrayOf(type,
                    values.toArray())));
        }
    }

    private void add(String clause, Binder... binders) {
        clauses.add(clause);
        params.addAll(List.of(binders));
    }

    String where() {
        return String.join(" and ", clauses);
    }

    /** Binds the selection's parameters from {@code first} on; returns the next free index. */
    int bind(PreparedStatement ps, int first) throws SQLException {
        int index = first;
        for (Binder binder : params) {
            binder.bind(ps, index++);
        }
        return index;
    }
}
