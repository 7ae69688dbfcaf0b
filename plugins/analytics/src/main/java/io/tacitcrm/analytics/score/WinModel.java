package io.tacitcrm.analytics.score;

import io.tacitcrm.analytics.playbook.DealTrail;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.commons.statistics.inference.MannWhitneyUTest;

/**
 * A company's win model: trained on its own closed deals, every stay of a deal one example of "standing here, did it
 * end won". Before the model is kept it is judged on time: trained on the deals that closed before the last fifth of
 * the period and scored on that last fifth — the area under the ROC curve, the Brier score and ten calibration bins.
 * A company with fewer than {@link #MINIMUM_DEALS} closed deals, or fewer than {@link #MINIMUM_EACH} won or lost,
 * gets no model: a score would say nothing honest.
 */
public final class WinModel {

    public static final int MINIMUM_DEALS = 200;
    public static final int MINIMUM_EACH = 40;
    private static final double HOLDOUT_SHARE = 0.2;
    private static final int BINS = 10;

    /** One bin of the holdout: the mean predicted chance, the share that were won, how many examples. */
    public record Bin(double predicted, double observed, int n) {
    }

    public record Holdout(Instant cutoff, int trainDeals, int testDeals, int testExamples, double auc, double brier,
                          List<Bin> bins) {

        /** The expected calibration error: the bins' gaps between predicted and observed, weighted by size. */
        public double calibrationError() {
            int n = bins.stream().mapToInt(Bin::n).sum();
            return n == 0 ? Double.NaN
                    : bins.stream().mapToDouble(b -> b.n() * Math.abs(b.predicted() - b.observed())).sum() / n;
        }
    }

    /** The kept model with what it needs to score a deal. */
    public record Trained(Features features, Logistic.Fit fit, Map<UUID, Double> ownerWins, double typicalWins,
                          int deals, Holdout holdout) {

        public double probability(double[] x) {
            return fit.probability(x);
        }
    }

    /** The closed deals learnt from: with too few of them, or of either outcome, there is no model. */
    public record Counts(int deals, int won, int lost) {
    }

    /** Examples of one closed deal, its owner and when it closed. */
    private record Deal(UUID owner, boolean won, Instant closedAt, List<double[]> stays) {
    }

    private final Features features;
    private final List<Deal> deals = new ArrayList<>();

    public WinModel(List<UUID> openStages) {
        this.features = new Features(openStages);
    }

    /** Takes one closed deal's trail (its stays' features are worked out now; the owner's record later). */
    public void add(DealTrail trail, Instant closedAt) {
        if (trail.stays().isEmpty()) {
            return;
        }
        List<double[]> stays = new ArrayList<>(trail.stays().size());
        for (int i = 0; i < trail.stays().size(); i++) {
            stays.add(features.of(trail, i, Map.of(), 0));
        }
        deals.add(new Deal(trail.ownerId(), trail.won(), closedAt, stays));
    }

    /** The model, or why there is none. */
    public Result train() {
        int won = (int) deals.stream().filter(Deal::won).count();
        Counts counts = new Counts(deals.size(), won, deals.size() - won);
        if (deals.size() < MINIMUM_DEALS || won < MINIMUM_EACH || counts.lost() < MINIMUM_EACH) {
            return new Result(Optional.empty(), counts);
        }
        List<Deal> byTime = deals.stream().sorted(Comparator.comparing(Deal::closedAt)).toList();
        int split = (int) Math.round(byTime.size() * (1 - HOLDOUT_SHARE));
        List<Deal> train = byTime.subList(0, split);
        List<Deal> test = byTime.subList(split, byTime.size());
        Map<UUID, Double> trainRates = ownerWins(train);
        double trainTypical = typical(train);
        Logistic.Fit early = Logistic.fit(examples(train, trainRates, trainTypical));
        Holdout holdout = judge(early, test, trainRates, trainTypical, test.getFirst().closedAt(), train.size());
        Map<UUID, Double> rates = ownerWins(byTime);
        double typical = typical(byTime);
        Logistic.Fit fit = Logistic.fit(examples(byTime, rates, typical));
        return new Result(Optional.of(new Trained(features, fit, rates, typical, byTime.size(), holdout)), counts);
    }

    /** The model (none with too few deals) and what it learnt from. */
    public record Result(Optional<Trained> model, Counts counts) {
    }

    private Holdout judge(Logistic.Fit fit, List<Deal> test, Map<UUID, Double> rates, double typical,
                          Instant cutoff, int trainDeals) {
        List<Features.Example> examples = examples(test, rates, typical);
        double[] predicted = examples.stream().mapToDouble(e -> fit.probability(e.x())).toArray();
        List<Double> positives = new ArrayList<>();
        List<Double> negatives = new ArrayList<>();
        double brier = 0;
        double[][] bins = new double[BINS][3];
        for (int i = 0; i < predicted.length; i++) {
            boolean won = examples.get(i).won();
            (won ? positives : negatives).add(predicted[i]);
            brier += Math.pow(predicted[i] - (won ? 1 : 0), 2);
            int bin = Math.min(BINS - 1, (int) (predicted[i] * BINS));
            bins[bin][0] += predicted[i];
            bins[bin][1] += won ? 1 : 0;
            bins[bin][2]++;
        }
        double auc = positives.isEmpty() || negatives.isEmpty() ? Double.NaN
                : MannWhitneyUTest.withDefaults().statistic(array(positives), array(negatives))
                / ((double) positives.size() * negatives.size());
        List<Bin> calibration = new ArrayList<>();
        for (double[] bin : bins) {
            if (bin[2] > 0) {
                calibration.add(new Bin(bin[0] / bin[2], bin[1] / bin[2], (int) bin[2]));
            }
        }
        return new Holdout(cutoff, trainDeals, test.size(), predicted.length, auc, brier / predicted.length,
                calibration);
    }

    private List<Features.Example> examples(List<Deal> chosen, Map<UUID, Double> rates, double typical) {
        int column = features.column(Features.Name.OWNER_WINS);
        List<Features.Example> examples = new ArrayList<>();
        for (Deal deal : chosen) {
            for (double[] stay : deal.stays()) {
                double[] x = stay.clone();
                x[column] = rates.getOrDefault(deal.owner(), typical);
                examples.add(new Features.Example(x, deal.won()));
            }
        }
        return examples;
    }

    /** Each owner's win rate, pulled towards the company's by two deals' worth (so one lucky deal says little). */
    private static Map<UUID, Double> ownerWins(List<Deal> chosen) {
        double typical = typical(chosen);
        Map<UUID, int[]> counts = new HashMap<>();
        for (Deal deal : chosen) {
            int[] c = counts.computeIfAbsent(deal.owner(), k -> new int[2]);
            c[0] += deal.won() ? 1 : 0;
            c[1]++;
        }
        Map<UUID, Double> rates = new HashMap<>();
        counts.forEach((owner, c) -> rates.put(owner, (c[0] + 2 * typical) / (c[1] + 2)));
        return rates;
    }

    private static double typical(List<Deal> chosen) {
        return chosen.stream().filter(Deal::won).count() / (double) chosen.size();
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
