package io.tacitcrm.common.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of a keyset-paged list and the opaque cursor of the next page, if there is one. */
public record Page<T>(List<T> items, Optional<String> nextCursor) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * The page in {@code rows}, which a repository fetched with one row more than {@code limit} to learn whether
     * another
     * page follows: the extra row is dropped, the cursor points after the last row kept, and the rows become views.
     */
    public static <R, T> Page<T> of(List<R> rows, int limit, Function<R, String> cursorAfter, Function<List<R>,
            List<T>> views) {
        boolean more = rows.size() > limit;
        List<R> page = more ? rows.subList(0, limit) : rows;
        return new Page<>(views.apply(page), more ? Optional.of(cursorAfter.apply(page.getLast())) : Optional.empty());
    }
}
