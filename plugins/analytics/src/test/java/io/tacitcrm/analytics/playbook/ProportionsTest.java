package io.tacitcrm.analytics.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Past the exact test's range the chi-square test takes over and says the same; degenerate tables say nothing. */
class ProportionsTest {

    @Test
    void just_past_the_exact_range_the_chi_square_p_value_lies_close_to_fishers() {
        // a table at the edge: the exact test still answers, then the same shares with one stay more
        double exact = Proportions.greater(600, 4_000, 1_300, 6_000);
        double approximate = Proportions.greater(600, 4_000, 1_300, 6_001);

        assertTrue(exact < 0.05 == approximate < 0.05, exact + " vs " + approximate);
        assertEquals(Math.log10(exact), Math.log10(approximate), 0.5, exact + " vs " + approximate);
    }

    @Test
    void a_share_that_is_the_smaller_or_met_by_every_stay_is_not_significant() {
        assertTrue(Proportions.greater(100, 20_000, 300, 20_000) > 0.5);
        assertEquals(1.0, Proportions.greater(40, 40, 60, 60));
        assertEquals(1.0, Proportions.different(0, 40, 0, 60));
    }
}
