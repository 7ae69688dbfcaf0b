package io.tacitcrm.customer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LifetimeValuesTest {

    @Test
    void a_customer_without_won_deals_has_no_value_in_any_currency() {
        assertEquals(Map.of(), LifetimeValues.read("{}"));
        assertEquals(Map.of(), LifetimeValues.read(null), "a customer created in this transaction, not read back");
    }

    @Test
    void the_amount_per_currency_is_read_exactly_and_the_deal_count_is_left_to_the_database() {
        Map<String, BigDecimal> values = LifetimeValues.read("{\"USD\": {\"deals\": 1, \"amount\": 0.00},"
                + " \"CNY\": {\"deals\": 3, \"amount\": 12345678901234.50}}");

        assertEquals(List.of("CNY", "USD"), List.copyOf(values.keySet()), "in currency order");
        assertEquals(new BigDecimal("12345678901234.50"), values.get("CNY"));
        assertEquals(new BigDecimal("0.00"), values.get("USD"), "a won deal of amount 0 still shows its currency");
    }
}
