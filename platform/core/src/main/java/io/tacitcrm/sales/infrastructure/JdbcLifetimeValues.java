package io.tacitcrm.sales.infrastructure;

import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.customer.domain.LifetimeValues;
import io.tacitcrm.sales.domain.StageKind;
import io.tacitcrm.tenancy.infrastructure.TenantSql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Sums the won opportunities of a page of accounts in one grouped query. Plain SQL with the page's ids as one array:
 * the statement's text is the same for every page, so the driver keeps it prepared, where the ORM's {@code in} list
 * was written and prepared anew for each page size (3 % of a list request's CPU). The deals' stage, currency and amount
 * are in the customer's index of deals (V40), so the statement reads that index alone.
 */
@ApplicationScoped
class JdbcLifetimeValues implements LifetimeValues {

    private static final String WON = "select o.account_id, o.currency, sum(o.amount) from opportunity o"
            + " join sales_stage s on s.tenant_id = o.tenant_id and s.id = o.stage_id"
            + " where o.tenant_id = ? and s.kind = ? and o.amount is not null and o.account_id = any(?)"
            + " group by o.account_id, o.currency";

    private final TenantSql sql;

    @Inject
    JdbcLifetimeValues(TenantSql sql) {
        this.sql = sql;
    }

    /** For CDI's proxy only. */
    protected JdbcLifetimeValues() {
        this(null);
    }

    @Override
    public Map<AccountId, Map<String, BigDecimal>> of(List<AccountId> accounts) {
        if (accounts.isEmpty()) {
            return Map.of();
        }
        return sql.query(WON, ps -> {
            ps.setObject(1, sql.tenant());
            ps.setString(2, StageKind.WON.name());
            ps.setArray(3, ps.getConnection().createArrayOf("uuid", accounts.stream().map(AccountId::value)
                    .toArray()));
        }, rs -> {
            Map<AccountId, Map<String, BigDecimal>> result = new HashMap<>();
            while (rs.next()) {
                result.computeIfAbsent(new AccountId(rs.getObject(1, UUID.class)), a -> new HashMap<>())
                        .put(rs.getString(2), rs.getBigDecimal(3));
            }
            return result;
        });
    }
}
