package io.tacitcrm.ops.domain;

import io.tacitcrm.common.domain.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** A page of the workspace list: a search by name or workspace, an order, and where the last page ended. */
public record TenantListQuery(Optional<String> search, Sort sort, Optional<After> after, int limit) {

    /** The orders of the list; each ends with the id so that pages never skip or repeat a workspace. */
    public enum Sort {
        NAME, CREATED, SIZE, LAST_ACTIVITY;

        public static Sort of(Optional<String> requested) {
            return requested.map(r -> r.strip().replace("-", "_").replaceAll("([a-z])([A-Z])", "$1_$2")
                            .toUpperCase(Locale.ROOT))
                    .map(r -> Arrays.stream(values()).filter(s -> s.name().equals(r)).findFirst()
                            .orElseThrow(() -> InvalidInputException.of("sort", "sort.invalid",
                                    "must be one of name, created, size, lastActivity")))
                    .orElse(NAME);
        }
    }

    /** The sort key of the last workspace of a page (as text) and its id. */
    public record After(String key, UUID id) {
    }
}
