package io.tacitcrm.analytics;

import io.tacitcrm.api.figures.OpenDeals;
import io.tacitcrm.api.figures.Stage;
import io.tacitcrm.api.figures.StageStay;
import io.tacitcrm.api.records.Outcome;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.statistics.descriptive.Median;

/**
 * The pipeline: open deals per stage (count, amount, probability-weighted amount), and for the stays that began in
 * the period, how many moved on to a later stage (the conversion to the next step; a move to a lost stage or back
 * does not count) and the median days a finished stay lasted. Retired stages are left out.
 */
public record PipelineReport(List<Row> stages, int deals, BigDecimal amount, BigDecimal weighted) {

    public record Row(UUID stageId, String name, int probability, Outcome outcome, int deals, BigDecimal amount,
                      BigDecimal weighted, int entered, int movedOn, Optional<Double> conversion,
                      Optional<Double> medianDays) {
    }

    private static final double SECONDS_PER_DAY = 86_400;

    public static PipelineReport of(List<Stage> stages, List<OpenDeals> open, List<StageStay> stays) {
        Map<UUID, Stage> byId = new HashMap<>();
        stages.forEach(s -> byId.put(s.id(), s));
        List<Row> rows = new ArrayList<>();
        int deals = 0;
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal weighted = BigDecimal.ZERO;
        for (Stage stage : stages.stream().filter(s -> !s.retired()).toList()) {
            List<OpenDeals> here = open.stream().filter(o -> o.stageId().equals(stage.id())).toList();
            int count = here.stream().mapToInt(OpenDeals::deals).sum();
            BigDecimal sum = here.stream().map(OpenDeals::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal weight = here.stream().map(OpenDeals::weighted).reduce(BigDecimal.ZERO, BigDecimal::add);
            deals += count;
            amount = amount.add(sum);
            weighted = weighted.add(weight);
            List<StageStay> begun = stays.stream().filter(s -> s.stageId().equals(stage.id())).toList();
            int movedOn = (int) begun.stream().filter(s -> s.nextStageId().map(byId::get)
                    .filter(next -> next.position() > stage.position() && next.outcome() != Outcome.LOST)
                    .isPresent()).count();
            boolean inProgress = stage.outcome() == Outcome.OPEN;
            rows.add(new Row(stage.id(), stage.name(), stage.probability(), stage.outcome(), count, sum, weight,
                    begun.size(), movedOn, inProgress && !begun.isEmpty()
                    ? Optional.of((double) movedOn / begun.size()) : Optional.empty(),
                    inProgress ? medianDays(begun) : Optional.empty()));
        }
        return new PipelineReport(List.copyOf(rows), deals, amount, weighted);
    }

    private static Optional<Double> medianDays(List<StageStay> stays) {
        double[] days = stays.stream().filter(s -> s.leftAt().isPresent())
                .mapToDouble(s -> Duration.between(s.enteredAt(), s.leftAt().orElseThrow()).toSeconds()
                        / SECONDS_PER_DAY).toArray();
        return days.length == 0 ? Optional.empty() : Optional.of(Median.withDefaults().evaluate(days));
    }
}
