package io.tacitcrm.common.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ListQueryTest {

    private static final Keyset NEWEST = Keyset.of("o.createdAt desc", "o.id desc");

    @Test
    void absent_filters_and_no_cursor_leave_only_the_order() {
        String jpql = ListQuery.select("select o from Opportunity o")
                .where(Optional.<UUID>empty(), a -> JpqlCondition.of("o.accountId = :account", "account", a))
                .ordered(NEWEST, Optional.empty()).jpql();
        assertEquals("select o from Opportunity o order by o.createdAt desc, o.id desc", jpql);
    }

    @Test
    void given_filters_visibility_and_cursor_are_anded_each_with_its_own_parameters() {
        UUID account = UUID.randomUUID();
        JpqlCondition visible = JpqlCondition.anyOf(List.of(JpqlCondition.of("o.ownerId = :v_user", "v_user", 1),
                JpqlCondition.of("o.id in :v_shared", "v_shared", List.of(2))));
        String jpql = ListQuery.select("select o from Opportunity o").where(Optional.of(visible))
                .where(Optional.of(account), a -> JpqlCondition.of("o.accountId = :account", "account", a))
                .ordered(NEWEST, Optional.of(List.of("t", "i"))).jpql();
        assertEquals("select o from Opportunity o where ((o.ownerId = :v_user or o.id in :v_shared)"
                + " and o.accountId = :account and o.createdAt <= :k_0 and (o.createdAt < :k_0"
                + " or (o.createdAt = :k_0 and o.id < :k_1))) order by o.createdAt desc, o.id desc", jpql);
    }

    @Test
    void composed_conditions_carry_all_parameters_and_joins_but_refuse_a_name_bound_twice_differently() {
        JpqlCondition shared = new JpqlCondition("v_s.recordId = a.id", Map.of("v_user", 1), "RecordShare v_s");
        JpqlCondition both = shared.and(JpqlCondition.of("a.ownerId = :v_user", "v_user", 1));
        assertEquals(Map.of("v_user", 1), both.parameters());
        assertEquals("RecordShare v_s", both.join());
        assertThrows(IllegalArgumentException.class,
                () -> shared.and(JpqlCondition.of("a.ownerId = :v_user", "v_user", 2)));
    }
}
