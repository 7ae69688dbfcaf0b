package io.tacitcrm.customer.domain;

import io.tacitcrm.common.json.JsonValues;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a customer has brought: its won deals' amounts, summed per currency. The database keeps them on the customer's
 * row as its deals change (V44), as {@code {"EUR": {"deals": 2, "amount": 1200.00}}}; this reads that form.
 */
public final class LifetimeValues {

    private static final String NONE = "{}";

    private LifetimeValues() {
    }

    /** The amount per currency, in currency order; empty for a customer with no won deal. */
    public static Map<String, BigDecimal> read(String stored) {
        if (stored == null || NONE.equals(stored)) {
            return Map.of(); // a customer just created in this transaction has not been read back
        }
        // through the provider looked up once: Json.createReader looks it up at every call (~80 µs)
        Map<String, BigDecimal> values = new TreeMap<>();
        JsonValues.read(stored).asJsonObject().forEach((currency, won) -> values.put(currency,
                won.asJsonObject().getJsonNumber("amount").bigDecimalValue()));
        return Collections.unmodifiableMap(values);
    }
}
