package io.tacitcrm.exchange.domain;

import io.tacitcrm.common.domain.InvalidInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which column of the file holds which field. Explicit choices ({@code field:column}) win; otherwise a header matching
 * the field's name or a known alias (English or Chinese) is used. Missing required fields reject the whole file.
 */
public final class ColumnMapping {

    private final Map<String, Integer> indexByField;

    private ColumnMapping(Map<String, Integer> indexByField) {
        this.indexByField = indexByField;
    }

    /**
     * @param fields   field name → its aliases (the field name itself always matches)
     * @param required fields without which no row can be imported
     * @param chosen   field → header, from the user
     */
    public static ColumnMapping of(List<String> headers, Map<String, List<String>> fields, List<String> required,
                                   Map<String, String> chosen) {
        Map<String, Integer> byHeader = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            byHeader.putIfAbsent(normal(headers.get(i)), i);
        }
        Map<String, Integer> mapping = new HashMap<>();
        for (var field : fields.entrySet()) {
            Optional<String> explicit = Optional.ofNullable(chosen.get(field.getKey()));
            if (explicit.isPresent()) {
                Integer index = byHeader.get(normal(explicit.get()));
                if (index == null) {
                    throw InvalidInputException.of("map", "column.unknown", "names column \"" + explicit.get()
                            + "\", which the file does not have");
                }
                mapping.put(field.getKey(), index);
                continue;
            }
            Stream.concat(Stream.of(field.getKey()), field.getValue().stream())
                    .map(ColumnMapping::normal).map(byHeader::get).filter(Objects::nonNull).findFirst()
                    .ifPresent(index -> mapping.put(field.getKey(), index));
        }
        List<String> missing = required.stream().filter(f -> !mapping.containsKey(f)).toList();
        if (!missing.isEmpty()) {
            throw InvalidInputException.of("file", "column.missing", "has no column for " + String.join(", ", missing)
                    + "; name it in the header row or map it");
        }
        return new ColumnMapping(mapping);
    }

    public Optional<Integer> column(String field) {
        return Optional.ofNullable(indexByField.get(field));
    }

    private static String normal(String header) {
        return header == null ? "" : header.strip().toLowerCase(Locale.ROOT).replace(" ", "").replace("_", "");
    }
}
