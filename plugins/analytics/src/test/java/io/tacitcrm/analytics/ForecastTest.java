package io.tacitcrm.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tacitcrm.api.figures.OpenDeals;
import io.tacitcrm.api.figures.Revenue;
import io.tacitcrm.api.figures.Target;
import io.tacitcrm.api.records.RoleRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ForecastTest {

    private static final UUID TOP = new UUID(1, 1);
    private static final UUID TEAM = new UUID(1, 2);
    private static final UUID ANNA = new UUID(2, 1);
    private static final UUID BO = new UUID(2, 2);

    @Test
    void reps_lines_roll_up_the_role_tree_and_targets_stay_with_their_subject() {
        ForecastPeriod period = ForecastPeriod.parse("2026-Q4");
        List<Revenue> won = List.of(new Revenue(ANNA, Optional.of("Anna"), ANNA, new BigDecimal("100"), 1));
        List<OpenDeals> open = List.of(new OpenDeals(new UUID(9, 9), ANNA, 1, new BigDecimal("50"),
                new BigDecimal("10")), new OpenDeals(new UUID(9, 9), BO, 2, new BigDecimal("80"),
                new BigDecimal("40")));
        List<Target> targets = List.of(new Target("USER", ANNA, true, period.start(), new BigDecimal("200"), "CNY"),
                new Target("ROLE", TOP, true, period.start(), new BigDecimal("1000"), "CNY"));
        List<RoleRecord> roles = List.of(new RoleRecord(TOP, "Boss", Optional.empty(), Set.of()),
                new RoleRecord(TEAM, "Reps", Optional.of(TOP), Set.of()));
        Forecast forecast = Forecast.of(period, won, open, targets, List.of(new Forecast.Person(ANNA, "Anna",
                Optional.of(TEAM)), new Forecast.Person(BO, "Bo", Optional.of(TEAM))), roles);

        Forecast.RepLine anna = forecast.reps().getFirst();
        assertEquals(new BigDecimal("100"), anna.line().committed());
        assertEquals(new BigDecimal("150"), anna.line().bestCase());
        assertEquals(0.5, anna.line().attainment().orElseThrow());
        assertEquals(new BigDecimal("50"), forecast.total().weightedOpen());
        assertEquals(new BigDecimal("230"), forecast.total().bestCase());
        Forecast.RoleLine boss = forecast.roles().getFirst();
        assertEquals(new BigDecimal("100"), boss.line().committed(), "the reps' role rolls up to the boss");
        assertEquals(Optional.of(new BigDecimal("1000")), boss.line().target());
        assertEquals(Optional.empty(), forecast.roles().get(1).line().target());
    }

    @Test
    void a_period_is_a_month_or_a_quarter_and_nothing_else() {
        assertEquals(LocalDate.of(2026, 10, 1), ForecastPeriod.parse("2026-Q4").start());
        assertEquals(LocalDate.of(2027, 1, 1), ForecastPeriod.parse("2026-Q4").end());
        assertEquals("2026-02", ForecastPeriod.parse("2026-02").toString());
        for (String bad : List.of("2026-13", "2026-Q0", "2026-Q5", "26-01", "2026-1", "1999-01", "now")) {
            assertThrows(IllegalArgumentException.class, () -> ForecastPeriod.parse(bad), bad);
        }
    }
}
