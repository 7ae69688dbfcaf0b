package io.tacitcrm.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tacitcrm.common.domain.Cursor;
import io.tacitcrm.common.domain.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeysetPagesTest {

    private final List<Integer> rows = IntStream.range(0, 237).boxed().toList();
    private final List<Optional<At>> calls = new ArrayList<>();
    private final KeysetPages<Integer, At> pages = new KeysetPages<>((cursor, limit) -> {
        calls.add(cursor);
        int from = cursor.map(At::row).orElse(0);
        int to = Math.min(rows.size(), from + limit);
        return new Page<>(rows.subList(from, to), to < rows.size() ? Optional.of(new At(to)) : Optional.empty());
    });

    /** A cursor naming the next row by its position. */
    private record At(int row) implements Cursor {

        @Override
        public List<Object> keys() {
            return List.of(row);
        }

        @Override
        public String encode() {
            return Integer.toString(row);
        }
    }

    @Test
    void serves_any_offset_and_limit_like_an_offset_list() {
        assertEquals(rows.subList(0, 50), pages.fetch(0, 50));
        assertEquals(rows.subList(120, 170), pages.fetch(120, 50));
        assertEquals(rows.subList(230, 237), pages.fetch(230, 50));
        assertEquals(List.of(), pages.fetch(300, 50));
    }

    @Test
    void scrolling_on_reads_one_page_per_step() {
        pages.fetch(0, 50);
        pages.fetch(50, 50);
        pages.fetch(100, 50);
        assertEquals(List.of(Optional.empty(), Optional.of(new At(50)), Optional.of(new At(100))), calls);
    }
}
