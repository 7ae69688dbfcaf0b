package io.tacitcrm.sales.infrastructure;

import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.customer.domain.LifetimeValues;
import io.tacitcrm.sales.domain.StageKind;
import io.tacitcrm.tenancy.infrastructure.TransactionEntityManagers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sums the won opportunities of a page of accounts in one grouped query. */
@ApplicationScoped
class JpaLifetimeValues implements LifetimeValues {

    @Inject
    TransactionEntityManagers entityManagers;

    @Override
    public Map<AccountId, Map<String, BigDecimal>> of(List<AccountId> accounts) {
        if (accounts.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = entityManagers.tenantData().createQuery("select o.accountId, o.currency, sum(o.amount)"
                        + " from Opportunity o, SalesStage s where s.id = o.stageId and s.kind = :won and o.amount "
                        + "is not null"
                        + " and o.accountId in :ids group by o.accountId, o.currency", Object[].class)
                .setParameter("won", StageKind.WON)
                .setParameter("ids", accounts.stream().map(AccountId::value).toList())
                .getResultList();
        Map<AccountId, Map<String, BigDecimal>> result = new HashMap<>();
        for (Object[] row : rows) {
            result.computeIfAbsent(new AccountId((UUID) row[0]), a -> new HashMap<>()).put((String) row[1],
                    (BigDecimal) row[2]);
        }
        return result;
    }
}
