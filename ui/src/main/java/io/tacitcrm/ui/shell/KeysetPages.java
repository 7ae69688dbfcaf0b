package io.tacitcrm.ui.shell;

import io.tacitcrm.common.domain.Cursor;
import io.tacitcrm.common.domain.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Serves a grid's offset-based lazy loading from a keyset-paged service: it remembers the cursor at each page
 * boundary it has seen, so scrolling on reads one page per step and a jump reads forward from the nearest known
 * boundary. Make a new instance whenever the filter or order changes.
 */
public final class KeysetPages<T, C extends Cursor> {

    /** Loads one page after a cursor (empty for the first page). */
    @FunctionalInterface
    public interface Loader<T, C extends Cursor> {
        Page<T, C> load(Optional<C> cursor, int limit);
    }

    static final int PAGE = 50;

    private final Loader<T, C> loader;
    private final TreeMap<Integer, Optional<C>> cursorAt = new TreeMap<>();
    private int knownEnd = Integer.MAX_VALUE;

    public KeysetPages(Loader<T, C> loader) {
        this.loader = loader;
        cursorAt.put(0, Optional.empty());
    }

    public List<T> fetch(int offset, int limit) {
        List<T> rows = new ArrayList<>();
        if (offset >= knownEnd) {
            return rows;
        }
        int position = cursorAt.floorKey(offset);
        Optional<C> cursor = cursorAt.get(position);
        while (rows.size() < limit) {
            Page<T, C> page = loader.load(cursor, PAGE);
            for (T item : page.items()) {
                if (position >= offset && rows.size() < limit) {
                    rows.add(item);
                }
                position++;
            }
            if (page.next().isEmpty()) {
                knownEnd = position;
                break;
            }
            cursor = page.next();
            cursorAt.put(position, cursor);
        }
        return rows;
    }
}
