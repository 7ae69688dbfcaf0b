package io.tacitcrm.common.persistence;

import jakarta.persistence.Query;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A piece of a JPQL where clause with its named parameters, and the entity it joins ({@code ""} for none, e.g.
 * {@code "RecordShare v_s"}). Conditions compose with {@link #and} and {@link #anyOf}, so a query is assembled from
 * parts that each bind their own parameters, never from strings and a separate list of parameters.
 */
public record JpqlCondition(String jpql, Map<String, Object> parameters, String join) {

    /** A condition that no row meets. */
    public static final JpqlCondition NONE = new JpqlCondition("1 = 0", Map.of(), "");

    public JpqlCondition {
        parameters = Map.copyOf(parameters);
    }

    public JpqlCondition(String jpql, Map<String, Object> parameters) {
        this(jpql, parameters, "");
    }

    /** A condition with one parameter, e.g. {@code of("a.ownerId = :owner", "owner", id)}. */
    public static JpqlCondition of(String jpql, String parameter, Object value) {
        return new JpqlCondition(jpql, Map.of(parameter, value));
    }

    /** Rows meeting any of the conditions; their parameter names must differ or agree in value. */
    public static JpqlCondition anyOf(List<JpqlCondition> conditions) {
        return combined(conditions, " or ");
    }

    /** Rows meeting all of the conditions; empty when there are none. */
    public static Optional<JpqlCondition> allOf(List<JpqlCondition> conditions) {
        return conditions.isEmpty() ? Optional.empty() : Optional.of(combined(conditions, " and "));
    }

    public JpqlCondition and(JpqlCondition other) {
        return combined(List.of(this, other), " and ");
    }

    public void bind(Query query) {
        parameters.forEach(query::setParameter);
    }

    /**
     * The same condition with its parameters and aliases renamed from {@code v_} to {@code prefix}, so two conditions
     * (say, on a footprint's customer and on its deal) can stand in one query.
     */
    public JpqlCondition prefixed(String prefix) {
        Map<String, Object> renamed = new HashMap<>();
        parameters.forEach((name, value) -> renamed.put(prefix + name.substring(2), value));
        return new JpqlCondition(jpql.replace("v_", prefix), renamed, join.replace("v_", prefix));
    }

    private static JpqlCondition combined(List<JpqlCondition> conditions, String operator) {
        if (conditions.size() == 1) {
            return conditions.getFirst();
        }
        Map<String, Object> parameters = new HashMap<>();
        conditions.forEach(c -> c.parameters().forEach((name, value) -> {
            Object earlier = parameters.putIfAbsent(name, value);
            if (earlier != null && !earlier.equals(value)) {
                throw new IllegalArgumentException("two conditions bind :" + name + " differently");
            }
        }));
        String joins = conditions.stream().map(JpqlCondition::join).filter(j -> !j.isEmpty()).distinct()
                .collect(Collectors.joining(", "));
        return new JpqlCondition("(" + conditions.stream().map(JpqlCondition::jpql)
                .collect(Collectors.joining(operator)) + ")", parameters, joins);
    }
}
