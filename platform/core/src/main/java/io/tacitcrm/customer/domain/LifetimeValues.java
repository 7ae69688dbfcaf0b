package io.tacitcrm.customer.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** What each account has brought: the amounts of its won opportunities, summed per currency. Sales answers this. */
public interface LifetimeValues {

    /** Only accounts with won business appear in the result. */
    Map<AccountId, Map<String, BigDecimal>> of(List<AccountId> accounts);
}
