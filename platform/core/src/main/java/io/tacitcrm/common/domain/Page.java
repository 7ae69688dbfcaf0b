package io.tacitcrm.common.domain;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of a keyset-paged list and where the next page starts, if there is one. */
public record Page<T, C extends Cursor>(List<T> items, Optional<C> next) {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * The page in {@code rows}, which a repository fetched with one row more than {@code limit} to learn whether
     * another page follows: the extra row is dropped, the cursor points after the last row kept, and the rows become
     * views.
     */
    public static <R, T, C extends Cursor> Page<T, C> of(List<R> rows, int limit, Function<R, C> cursorAfter,
            Function<List<R>, List<T>> views) {
        boolean more = rows.size() > limit;
        List<R> page = more ? rows.subList(0, limit) : rows;
        return new Page<>(views.apply(page), more ? Optional.of(cursorAfter.apply(page.getLast())) : Optional.empty());
    }

    /** The next page's cursor as clients see it. */
    public Optional<String> nextCursor() {
        return next.map(Cursor::encode);
    }
}
