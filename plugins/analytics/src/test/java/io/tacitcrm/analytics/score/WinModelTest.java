package io.tacitcrm.analytics.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.analytics.playbook.DealTrail;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The win model learns what decides a deal and says how sure it may be: weights recovered from data with known ones,
 * a useful ranking and honest calibration on a later holdout, and no model at all from too few deals.
 */
class WinModelTest {

    private static final List<UUID> STAGES = IntStream.range(0, 3).mapToObj(i -> new UUID(3, i)).toList();
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void logistic_regression_recovers_the_weights_the_data_was_drawn_with() {
        Random random = new Random(7);
        List<Features.Example> examples = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            double a = random.nextGaussian();
            double b = random.nextGaussian();
            double p = 1 / (1 + Math.exp(-(-0.5 + 1.2 * a - 0.8 * b)));
            examples.add(new Features.Example(new double[]{a, b}, random.nextDouble() < p));
        }

        Logistic.Fit fit = Logistic.fit(examples);

        assertEquals(-0.5, fit.intercept(), 0.08);
        assertEquals(1.2, fit.weights()[0] / fit.scales()[0], 0.08);
        assertEquals(-0.8, fit.weights()[1] / fit.scales()[1], 0.08);
    }

    @Test
    void on_a_later_holdout_the_model_ranks_won_above_lost_and_its_chances_match_what_happened() {
        WinModel model = new WinModel(STAGES);
        generate(3_000, new Random(11)).forEach(d -> model.add(d.trail(), d.closedAt()));

        WinModel.Trained trained = model.train().model().orElseThrow();

        WinModel.Holdout holdout = trained.holdout();
        assertEquals(600, holdout.testDeals(), "the last fifth by closing time");
        assertTrue(holdout.cutoff().isAfter(START.plus(Duration.ofDays(280))), holdout.toString());
        assertTrue(holdout.auc() > 0.75, "AUC " + holdout.auc());
        assertTrue(holdout.brier() < 0.2, "Brier " + holdout.brier());
        assertTrue(holdout.calibrationError() < 0.05, "calibrated: " + holdout.calibrationError() + " "
                + holdout.bins());
        double people = trained.fit().weights()[new Features(STAGES).column(Features.Name.PEOPLE)];
        assertTrue(people > 0.3, "engaging people raises the chance: " + people);
    }

    @Test
    void with_too_few_closed_deals_there_is_no_model_only_the_counts() {
        WinModel model = new WinModel(STAGES);
        generate(150, new Random(5)).forEach(d -> model.add(d.trail(), d.closedAt()));

        WinModel.Result result = model.train();

        assertEquals(Optional.empty(), result.model());
        assertEquals(150, result.counts().deals());
    }

    private record Closed(DealTrail trail, Instant closedAt) {
    }

    /** Deals over a year whose chance rises with the people engaged and falls with long silences. */
    private static List<Closed> generate(int count, Random random) {
        List<Closed> deals = new ArrayList<>();
        UUID[] owners = IntStream.range(0, 10).mapToObj(i -> new UUID(4, i)).toArray(UUID[]::new);
        for (int d = 0; d < count; d++) {
            Instant entered = START.plus(Duration.ofHours(random.nextInt(365 * 24)));
            int people = 1 + random.nextInt(4);
            int gap = 2 + random.nextInt(12);
            double p = 1 / (1 + Math.exp(-(-1.0 + 0.9 * (people - 2.5) - 0.15 * (gap - 7))));
            boolean won = random.nextDouble() < p;
            List<DealTrail.Stay> stays = new ArrayList<>();
            Instant at = entered;
            for (UUID stage : STAGES.subList(0, 1 + random.nextInt(STAGES.size()))) {
                Instant left = at.plus(Duration.ofDays(gap * 2L));
                List<DealTrail.Touch> touches = new ArrayList<>();
                for (int k = 0; k < people; k++) {
                    touches.add(new DealTrail.Touch("MEETING", at.plus(Duration.ofDays((long) gap * k / people)),
                            Optional.of(new UUID(5, random.nextInt(1_000_000))), Optional.of("USER")));
                }
                stays.add(new DealTrail.Stay(stage, at, left, touches));
                at = left;
            }
            deals.add(new Closed(new DealTrail(UUID.randomUUID(), owners[random.nextInt(owners.length)], won, stays),
                    at));
        }
        return deals;
    }

}
