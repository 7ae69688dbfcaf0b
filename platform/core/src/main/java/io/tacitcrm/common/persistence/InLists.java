package io.tacitcrm.common.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * A list of any length bound to an {@code in} of a query, a thousand values to a query: an import names tens of
 * thousands of customers, and the driver refuses a statement with more than 32,767 bind parameters.
 */
public final class InLists {

    static final int VALUES_PER_QUERY = 1_000;

    private InLists() {
    }

    /** What {@code query} returns for each slice of the distinct values, in order. */
    public static <V, R> List<R> collect(Collection<V> values, Function<List<V>, List<R>> query) {
        List<V> all = List.copyOf(new LinkedHashSet<>(values));
        List<R> results = new ArrayList<>();
        for (int from = 0; from < all.size(); from += VALUES_PER_QUERY) {
            results.addAll(query.apply(all.subList(from, Math.min(all.size(), from + VALUES_PER_QUERY))));
        }
        return results;
    }
}
