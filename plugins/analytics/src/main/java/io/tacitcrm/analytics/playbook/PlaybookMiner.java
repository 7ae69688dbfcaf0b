package io.tacitcrm.analytics.playbook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Mines a draft playbook: for each stage, every condition of the {@link Grammar} is counted on the stays of the
 * chosen reps' won deals and on those of lost deals, tested one-sided ({@link Proportions}), corrected for the
 * number of conditions tested (Benjamini–Hochberg), kept when significant, clearly more frequent (lift, share) and
 * backed by enough deals, ranked by lift, and thinned: of two rules where one implies the other, the stronger stays.
 * A stage with too few deals on either side is reported as such and yields no rule.
 */
public final class PlaybookMiner {

    /** What counts as a rule: deals needed on each side, false discovery rate, lift and share of won deals. */
    public record Settings(int minimumEach, double falseDiscoveryRate, double minimumLift, double minimumWonShare) {

        public static final Settings DEFAULTS = new Settings(30, 0.05, 1.5, 0.3);
    }

    /** How many stays of a stage were compared, and whether that was enough to say anything. */
    public record StageSample(UUID stageId, int won, int lost, boolean enough) {
    }

    public record Result(List<Rule> rules, List<StageSample> samples, int tested) {
    }


    private final Settings settings;
    private final List<Condition> conditions = Grammar.conditions();
    /** Activity conditions by the key of the footprints they count: a stay is checked only against its own keys. */
    private final Map<String, List<Integer>> byKey = new HashMap<>();
    private final List<Integer> others = new ArrayList<>();

    public PlaybookMiner(Settings settings) {
        this.settings = settings;
        for (int i = 0; i < conditions.size(); i++) {
            if (conditions.get(i) instanceof Condition.Activity a) {
                byKey.computeIfAbsent(a.role().map(r -> StayFacts.key(a.type(), r)).orElse(a.type()),
                        k -> new ArrayList<>()).add(i);
            } else {
                others.add(i);
            }
        }
    }

    /** Mines the trails: {@code chosen} are the reps whose won deals are compared with every lost deal. */
    public Result mine(Collection<DealTrail> trails, Set<UUID> chosen) {
        Session session = session(chosen);
        trails.forEach(session::add);
        return session.finish();
    }

    /** A mining that takes the trails one at a time, as the host streams them, keeping only counts. */
    public Session session(Set<UUID> chosen) {
        return new Session(Set.copyOf(chosen));
    }

    /** Counts trails as they come; {@link #finish} tests, corrects, ranks and thins. */
    public final class Session {

        private final Set<UUID> chosen;
        private final Map<UUID, Counts> stages = new LinkedHashMap<>();

        private Session(Set<UUID> chosen) {
            this.chosen = chosen;
        }

        public void add(DealTrail trail) {
            add(trail, StayFacts.of(trail));
        }

        /** The trail with its stays' facts worked out already (one per stay, in order). */
        public void add(DealTrail trail, List<StayFacts> facts) {
            int side = trail.won() ? (chosen.contains(trail.ownerId()) ? 0 : -1) : 1;
            if (side < 0) {
                return;
            }
            for (int i = 0; i < facts.size(); i++) {
                stages.computeIfAbsent(trail.stays().get(i).stageId(), k -> new Counts(conditions.size()))
                        .add(facts.get(i), side);
            }
        }

        public Result finish() {
            List<StageSample> samples = new ArrayList<>();
            List<Rule> tested = new ArrayList<>();
            stages.forEach((stage, counts) -> {
                boolean enough = counts.total[0] >= settings.minimumEach()
                        && counts.total[1] >= settings.minimumEach();
                samples.add(new StageSample(stage, counts.total[0], counts.total[1], enough));
                if (enough) {
                    for (int i = 0; i < conditions.size(); i++) {
                        tested.add(rule(stage, conditions.get(i), counts.met[i][0], counts.total[0],
                                counts.met[i][1], counts.total[1]));
                    }
                }
            });
            List<Rule> adjusted = FalseDiscovery.adjust(tested);
            List<Rule> kept = adjusted.stream().filter(r -> r.qValue() <= settings.falseDiscoveryRate()
                            && r.lift() >= settings.minimumLift() && r.wonShare() >= settings.minimumWonShare())
                    .sorted(Comparator.comparingDouble(Rule::lift).reversed()
                            .thenComparing(Comparator.comparingDouble(Rule::support).reversed()))
                    .toList();
            return new Result(thin(kept), List.copyOf(samples), tested.size());
        }
    }

    /** Of two rules of a stage where one implies the other, the first (stronger) one stays. */
    private static List<Rule> thin(List<Rule> ranked) {
        List<Rule> kept = new ArrayList<>();
        for (Rule rule : ranked) {
            boolean implied = kept.stream().anyMatch(k -> k.stageId().equals(rule.stageId())
                    && (k.condition().implies(rule.condition()) || rule.condition().implies(k.condition())));
            if (!implied) {
                kept.add(rule);
            }
        }
        return List.copyOf(kept);
    }

    static Rule rule(UUID stage, Condition condition, int metWon, int won, int metLost, int lost) {
        Proportions.Difference d = Proportions.difference(metWon, won, metLost, lost);
        // a condition no lost deal met: half a deal keeps the lift finite and honest about the sample
        double lift = d.first() / (metLost > 0 ? d.second() : 0.5 / lost);
        double p = Proportions.greater(metWon, won, metLost, lost);
        return new Rule(stage, condition, metWon, won, metLost, lost, d.first(), d.second(), d.value(), d.low(),
                d.high(), lift, (double) (metWon + metLost) / (won + lost), p, p,
                metWon + metLost == 0 ? 0 : (double) metWon / (metWon + metLost));
    }

    /** Per condition, how many stays of each side met it; and how many stays each side had. */
    private final class Counts {
        final int[][] met;
        final int[] total = new int[2];

        Counts(int size) {
            met = new int[size][2];
        }

        void add(StayFacts facts, int side) {
            total[side]++;
            for (String key : facts.keys()) {
                double[] offsets = facts.offsets(key);
                for (int i : byKey.getOrDefault(key, List.of())) {
                    Condition.Activity a = (Condition.Activity) conditions.get(i);
                    if (offsets.length >= a.atLeast() && (a.withinDays().isEmpty()
                            || offsets[a.atLeast() - 1] <= a.withinDays().getAsInt())) {
                        met[i][side]++;
                    }
                }
            }
            for (int i : others) {
                if (facts.meets(conditions.get(i))) {
                    met[i][side]++;
                }
            }
        }
    }
}
