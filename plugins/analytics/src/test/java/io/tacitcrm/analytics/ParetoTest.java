package io.tacitcrm.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tacitcrm.api.figures.Revenue;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ParetoTest {

    private static Revenue revenue(int id, long amount) {
        UUID uuid = new UUID(0, id);
        return new Revenue(uuid, Optional.of("c" + id), uuid, BigDecimal.valueOf(amount), 1);
    }

    @Test
    void the_top_fifth_is_rounded_up_and_its_share_and_running_shares_follow_the_amounts() {
        Pareto pareto = Pareto.of(List.of(revenue(1, 100), revenue(2, 500), revenue(3, 300), revenue(4, 50),
                revenue(5, 50), revenue(6, 0)), 20);
        assertEquals(BigDecimal.valueOf(1000), pareto.total());
        assertEquals(2, pareto.topCount(), "20% of six is 1.2: two");
        assertEquals(BigDecimal.valueOf(800), pareto.topAmount());
        assertEquals(0.8, pareto.topShare(), 1e-12);
        assertEquals(List.of(0.5, 0.8, 0.9, 0.95, 1.0, 1.0), pareto.items().stream()
                .map(Pareto.Item::cumulativeShare).toList());
        assertEquals(List.of(true, true, false, false, false, false), pareto.items().stream()
                .map(Pareto.Item::top).toList());
        assertEquals(new UUID(0, 4), pareto.items().get(3).id(), "equal amounts in id order");
    }

    @Test
    void nothing_won_is_an_empty_cut_with_zero_shares() {
        Pareto pareto = Pareto.of(List.of(), 20);
        assertEquals(0, pareto.topCount());
        assertEquals(0.0, pareto.topShare());
        assertEquals(1, Pareto.topCount(1, 20), "one customer is the top");
        assertEquals(0.0, Pareto.of(List.of(revenue(1, 0)), 20).items().getFirst().share());
    }
}
