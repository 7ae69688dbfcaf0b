package io.tacitcrm.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tacitcrm.api.figures.OpenDeals;
import io.tacitcrm.api.figures.Stage;
import io.tacitcrm.api.figures.StageStay;
import io.tacitcrm.api.records.Outcome;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PipelineReportTest {

    private static final Stage LEAD = new Stage(new UUID(1, 1), "Lead", 1, 20, Outcome.OPEN, false);
    private static final Stage OFFER = new Stage(new UUID(1, 2), "Offer", 2, 60, Outcome.OPEN, false);
    private static final Stage WON = new Stage(new UUID(1, 3), "Won", 3, 100, Outcome.WON, false);
    private static final Stage LOST = new Stage(new UUID(1, 4), "Lost", 4, 0, Outcome.LOST, false);
    private static final Stage OLD = new Stage(new UUID(1, 5), "Old", 0, 10, Outcome.OPEN, true);
    private static final Instant T = Instant.parse("2026-10-01T00:00:00Z");

    private static StageStay stay(int deal, Stage stage, int days, Optional<Stage> next) {
        return new StageStay(new UUID(2, deal), new UUID(3, 1), stage.id(), T, next.map(n -> T.plus(Duration
                .ofDays(days))), next.map(Stage::id));
    }

    @Test
    void moving_on_counts_only_forward_moves_and_the_median_only_finished_stays() {
        List<StageStay> stays = List.of(stay(1, LEAD, 2, Optional.of(OFFER)), stay(2, LEAD, 4, Optional.of(LOST)),
                stay(3, LEAD, 9, Optional.of(WON)), stay(4, LEAD, 0, Optional.empty()),
                stay(1, OFFER, 5, Optional.of(LEAD)));
        PipelineReport report = PipelineReport.of(List.of(OLD, LEAD, OFFER, WON, LOST), List.of(
                new OpenDeals(LEAD.id(), new UUID(3, 1), 2, new BigDecimal("1000.00"), new BigDecimal("200.00")),
                new OpenDeals(LEAD.id(), new UUID(3, 2), 1, new BigDecimal("500.00"), new BigDecimal("100.00")),
                new OpenDeals(OFFER.id(), new UUID(3, 1), 1, new BigDecimal("300.00"), new BigDecimal("180.00"))),
                stays);
        assertEquals(List.of("Lead", "Offer", "Won", "Lost"), report.stages().stream().map(PipelineReport.Row::name)
                .toList(), "retired stages are left out");
        PipelineReport.Row lead = report.stages().getFirst();
        assertEquals(3, lead.deals());
        assertEquals(new BigDecimal("1500.00"), lead.amount());
        assertEquals(4, lead.entered());
        assertEquals(2, lead.movedOn(), "to the offer and straight to won; lost is no step forward");
        assertEquals(0.5, lead.conversion().orElseThrow());
        assertEquals(4.0, lead.medianDays().orElseThrow(), "2, 4 and 9 days; the open stay is not finished");
        assertEquals(0.0, report.stages().get(1).conversion().orElseThrow(), "back to lead is no step forward");
        assertEquals(Optional.empty(), report.stages().get(2).conversion(), "won is the end");
        assertEquals(4, report.deals());
        assertEquals(new BigDecimal("480.00"), report.weighted());
    }
}
