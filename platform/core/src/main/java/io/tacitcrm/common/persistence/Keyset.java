package io.tacitcrm.common.persistence;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A keyset order: sort keys that end in a unique one (the id), each ascending or descending. It writes the order by
 * clause and the condition for "after this row", so every list pages the same way.
 */
public record Keyset(List<Key> keys) {

    /** One sort key: a path like {@code a.createdAt}, and its direction. */
    public record Key(String path, boolean descending) {
    }

    public Keyset {
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a keyset needs at least its unique key");
        }
    }

    /** {@code Keyset.of("a.createdAt desc", "a.id desc")}: the keys as an order by clause names them. */
    public static Keyset of(String... keys) {
        return new Keyset(Arrays.stream(keys).map(k -> {
            String[] parts = k.strip().split("\\s+");
            return new Key(parts[0], parts.length > 1 && parts[1].equalsIgnoreCase("desc"));
        }).toList());
    }

    public String orderBy() {
        return keys.stream().map(k -> k.path() + (k.descending() ? " desc" : " asc")).collect(Collectors.joining(", "));
    }

    /**
     * The rows after the one with these key values: the row comparison spelled out, with a redundant range on the first
     * key so PostgreSQL seeks in the index instead of filtering from its start. Parameters are {@code k_0, k_1, …}.
     */
    public JpqlCondition after(List<Object> values) {
        if (values.size() != keys.size()) {
            throw new IllegalArgumentException("a cursor of " + values.size() + " keys for " + keys.size());
        }
        Map<String, Object> parameters = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            parameters.put("k_" + i, values.get(i));
        }
        Key first = keys.getFirst();
        String range = first.path() + (first.descending() ? " <= " : " >= ") + ":k_0";
        return new JpqlCondition(range + " and " + beyond(0), parameters);
    }

    /** Key {@code i} beyond its value, or equal to it and the rest beyond theirs. */
    private String beyond(int i) {
        Key key = keys.get(i);
        String past = key.path() + (key.descending() ? " < " : " > ") + ":k_" + i;
        if (i == keys.size() - 1) {
            return past;
        }
        return "(" + past + " or (" + key.path() + " = :k_" + i + " and " + beyond(i + 1) + "))";
    }
}
