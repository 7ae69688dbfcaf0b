package io.tacitcrm.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class KeysetTest {

    private final UUID id = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private final Instant at = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void newest_first_pages_after_a_row_with_a_seekable_range_on_the_first_key() {
        JpqlCondition after = Keyset.of("o.createdAt desc", "o.id desc").after(List.of(at, id));
        assertEquals("o.createdAt <= :k_0 and (o.createdAt < :k_0 or (o.createdAt = :k_0 and o.id < :k_1))",
                after.jpql());
        assertEquals(Map.of("k_0", at, "k_1", id), after.parameters());
    }

    @Test
    void ascending_keys_compare_the_other_way_and_three_keys_nest() {
        JpqlCondition after = Keyset.of("c.name", "c.createdAt", "c.id").after(List.of("Wang", at, id));
        assertEquals("c.name >= :k_0 and (c.name > :k_0 or (c.name = :k_0 and (c.createdAt > :k_1"
                + " or (c.createdAt = :k_1 and c.id > :k_2))))", after.jpql());
    }

    @Test
    void the_order_by_clause_names_every_key_with_its_direction() {
        assertEquals("a.name desc, a.id desc", Keyset.of("a.name desc", "a.id DESC").orderBy());
        assertEquals("a.name asc, a.id asc", Keyset.of("a.name", "a.id asc").orderBy());
    }

    @Test
    void a_cursor_with_the_wrong_number_of_keys_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> Keyset.of("a.name", "a.id").after(List.of(id)));
    }
}
