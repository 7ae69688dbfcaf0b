package io.tacitcrm.analytics.playbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.statistics.descriptive.Median;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.inference.MannWhitneyUTest;

/**
 * The chosen (top) reps' stays against everyone else's, stage by stage, on won and on lost deals: how soon the first
 * footprint came, the longest silence, how many footprints, people and decision makers, how long the stay lasted
 * (medians, Mann–Whitney U, Cliff's delta with a 95% interval), which footprint types were used at all, and how often
 * a stay led on (shares, Fisher's exact or the chi-square test, the difference with Newcombe's interval). Every
 * p-value is corrected with the others (Benjamini–Hochberg); a group of fewer than {@link #MINIMUM} stays is reported
 * as too small.
 */
public final class Comparison {

    /** Stays needed in each group before a difference is tested. */
    public static final int MINIMUM = 20;

    public enum Metric {
        DAYS_TO_FIRST, LONGEST_GAP, FOOTPRINTS, PEOPLE, DECISION_MAKERS, DAYS_IN_STAGE, USED_TYPE, CONVERSION
    }

    /** The deals a line compares: won ones, lost ones, or all (conversion). */
    public enum Deals {
        WON, LOST, ALL
    }

    /**
     * One compared figure: medians (or shares) of each group, the effect (Cliff's delta, or the difference of shares)
     * with its interval, and the test's p- and q-value; when a group is too small, only the sizes.
     */
    public record Line(UUID stageId, Deals deals, Metric metric, Optional<String> type, int topN, int restN,
                       Optional<Double> top, Optional<Double> rest, Optional<Double> effect,
                       Optional<Double> effectLow, Optional<Double> effectHigh, Optional<Double> pValue,
                       Optional<Double> qValue) {

        public boolean enough() {
            return pValue.isPresent();
        }
    }

    private static final double Z95 = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);
    private static final List<Metric> MEASURED = List.of(Metric.DAYS_TO_FIRST, Metric.LONGEST_GAP, Metric.FOOTPRINTS,
            Metric.PEOPLE, Metric.DECISION_MAKERS, Metric.DAYS_IN_STAGE);
    private static final MannWhitneyUTest MANN_WHITNEY = MannWhitneyUTest.withDefaults();

    private record Key(UUID stage, Deals deals, Metric metric, String type) {
    }

    private final Set<UUID> chosen;
    private final Map<Key, Values[]> measured = new LinkedHashMap<>();
    private final Map<Key, int[]> counted = new LinkedHashMap<>();

    public Comparison(Set<UUID> chosen) {
        this.chosen = Set.copyOf(chosen);
    }

    public void add(DealTrail trail) {
        add(trail, StayFacts.of(trail));
    }

    /** The trail with its stays' facts worked out already (one per stay, in order). */
    public void add(DealTrail trail, List<StayFacts> stayFacts) {
        int side = chosen.contains(trail.ownerId()) ? 0 : 1;
        Deals deals = trail.won() ? Deals.WON : Deals.LOST;
        List<DealTrail.Stay> stays = trail.stays();
        for (int i = 0; i < stays.size(); i++) {
            DealTrail.Stay stay = stays.get(i);
            StayFacts facts = stayFacts.get(i);
            double[] values = {facts.firstDays(), facts.longestGapDays(), facts.count(), facts.people(),
                    facts.deciders(), facts.lengthDays()};
            for (int m = 0; m < MEASURED.size(); m++) {
                if (!Double.isNaN(values[m])) {
                    measured.computeIfAbsent(new Key(stay.stageId(), deals, MEASURED.get(m), ""),
                            k -> new Values[]{new Values(), new Values()})[side].add(values[m]);
                }
            }
            for (String type : Grammar.TYPES) {
                count(new Key(stay.stageId(), deals, Metric.USED_TYPE, type), side, facts.offsets(type).length > 0);
            }
            count(new Key(stay.stageId(), Deals.ALL, Metric.CONVERSION, ""), side, i + 1 < stays.size()
                    || trail.won());
        }
    }

    private void count(Key key, int side, boolean met) {
        int[] c = counted.computeIfAbsent(key, k -> new int[4]);
        c[side * 2 + 1]++;
        if (met) {
            c[side * 2]++;
        }
    }

    /** The lines in the order the stages were first seen, each stage's figures together. */
    public List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        measured.forEach((key, groups) -> lines.add(measuredLine(key, groups[0].sorted(), groups[1].sorted())));
        counted.forEach((key, c) -> lines.add(countedLine(key, c[0], c[1], c[2], c[3])));
        double[] p = lines.stream().filter(Line::enough).mapToDouble(l -> l.pValue().orElseThrow()).toArray();
        double[] q = FalseDiscovery.qValues(p);
        List<Line> adjusted = new ArrayList<>(lines.size());
        int k = 0;
        for (Line l : lines) {
            adjusted.add(l.enough() ? new Line(l.stageId(), l.deals(), l.metric(), l.type(), l.topN(), l.restN(),
                    l.top(), l.rest(), l.effect(), l.effectLow(), l.effectHigh(), l.pValue(), Optional.of(q[k++]))
                    : l);
        }
        List<UUID> order = new ArrayList<>();
        adjusted.forEach(l -> {
            if (!order.contains(l.stageId())) {
                order.add(l.stageId());
            }
        });
        adjusted.sort(Comparator.comparingInt((Line l) -> order.indexOf(l.stageId()))
                .thenComparing(Line::deals).thenComparing(Line::metric)
                .thenComparing(l -> l.type().orElse("")));
        return List.copyOf(adjusted);
    }

    private static Line measuredLine(Key key, double[] top, double[] rest) {
        if (top.length < MINIMUM || rest.length < MINIMUM) {
            return small(key, Optional.empty(), top.length, rest.length);
        }
        double u = MANN_WHITNEY.statistic(top, rest);
        // every value the same on both sides (one person each, say): the test has nothing to rank and answers NaN
        double tested = MANN_WHITNEY.test(top, rest).getPValue();
        double p = Double.isNaN(tested) ? 1 : tested;
        double pairs = (double) top.length * rest.length;
        // Cliff's delta from U; its interval from U's standard error under the normal approximation
        double delta = 2 * u / pairs - 1;
        double se = 2 * Math.sqrt(pairs * (top.length + rest.length + 1) / 12.0) / pairs;
        return new Line(key.stage(), key.deals(), key.metric(), Optional.empty(), top.length, rest.length,
                Optional.of(Median.withDefaults().evaluate(top)), Optional.of(Median.withDefaults().evaluate(rest)),
                Optional.of(delta), Optional.of(Math.max(-1, delta - Z95 * se)),
                Optional.of(Math.min(1, delta + Z95 * se)), Optional.of(p), Optional.empty());
    }

    private static Line countedLine(Key key, int topMet, int topN, int restMet, int restN) {
        Optional<String> type = Optional.of(key.type()).filter(t -> !t.isEmpty());
        if (topN < MINIMUM || restN < MINIMUM) {
            return small(key, type, topN, restN);
        }
        Proportions.Difference d = Proportions.difference(topMet, topN, restMet, restN);
        double p = Proportions.different(topMet, topN, restMet, restN);
        return new Line(key.stage(), key.deals(), key.metric(), type, topN, restN, Optional.of(d.first()),
                Optional.of(d.second()), Optional.of(d.value()), Optional.of(d.low()), Optional.of(d.high()),
                Optional.of(p), Optional.empty());
    }

    private static Line small(Key key, Optional<String> type, int topN, int restN) {
        return new Line(key.stage(), key.deals(), key.metric(), type, topN, restN, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    /** A growing array of doubles. */
    private static final class Values {
        private double[] values = new double[16];
        private int size;

        void add(double value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        double[] sorted() {
            double[] copy = Arrays.copyOf(values, size);
            Arrays.sort(copy);
            return copy;
        }
    }
}
