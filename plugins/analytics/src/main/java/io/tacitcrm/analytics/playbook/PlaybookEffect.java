package io.tacitcrm.analytics.playbook;

import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.figures.Stage;
import io.tacitcrm.api.records.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.commons.statistics.descriptive.Median;

/**
 * Whether a published playbook's rules still win: of the deals closed since it was published that went through a
 * rule's stage after publication, those that followed the rule against those that did not — win rate, median cycle
 * (first stage entered to close), Fisher's exact test. A rule whose followers no longer win clearly more often (with
 * at least {@link Comparison#MINIMUM} deals on each side) has stopped working.
 */
public final class PlaybookEffect {

    /** Followers must win at least this many times as often as the others for the rule to count as working. */
    static final double WORKING_LIFT = 1.1;

    public record RuleEffect(PlaybookRule rule, int followed, int followedWon, int notFollowed, int notFollowedWon,
                             Optional<Double> followedCycleDays, Optional<Double> notFollowedCycleDays,
                             Optional<Double> pValue) {

        public boolean enough() {
            return followed >= Comparison.MINIMUM && notFollowed >= Comparison.MINIMUM;
        }

        public Optional<Double> followedWinRate() {
            return followed == 0 ? Optional.empty() : Optional.of((double) followedWon / followed);
        }

        public Optional<Double> notFollowedWinRate() {
            return notFollowed == 0 ? Optional.empty() : Optional.of((double) notFollowedWon / notFollowed);
        }

        public boolean stoppedWorking() {
            return enough() && followedWinRate().orElse(0.0) < WORKING_LIFT * notFollowedWinRate().orElse(0.0);
        }
    }

    public record Report(Instant since, int deals, List<RuleEffect> rules) {
    }

    private PlaybookEffect() {
    }

    public static Report of(PluginContext context, Playbook playbook, Instant now) {
        Instant since = playbook.publishedAt().orElse(now);
        Set<UUID> open = context.figures().stages().stream().filter(s -> s.outcome() == Outcome.OPEN)
                .map(Stage::id).collect(Collectors.toSet());
        Map<UUID, Tally> tallies = new LinkedHashMap<>();
        playbook.rules().forEach(r -> tallies.put(r.id(), new Tally()));
        int[] deals = {0};
        if (since.isBefore(now)) {
            context.figures().closedDeals(Playbooks.owners(playbook.scopeRoleId()), since, now, deal -> {
                DealTrail trail = Trails.of(deal, open, now);
                deals[0]++;
                double cycle = trail.stays().isEmpty() ? Double.NaN : Duration.between(trail.stays().getFirst()
                        .entered(), deal.closedAt().orElse(now)).toSeconds() / 86_400.0;
                for (PlaybookRule rule : playbook.rules()) {
                    trail.stays().stream().filter(s -> s.stageId().equals(rule.stageId())
                            && !s.entered().isBefore(since)).findFirst().ifPresent(stay -> tallies.get(rule.id())
                            .add(StayFacts.of(stay).meets(rule.condition()), trail.won(), cycle));
                }
            });
        }
        List<RuleEffect> effects = new ArrayList<>();
        for (PlaybookRule rule : playbook.rules()) {
            effects.add(tallies.get(rule.id()).effect(rule));
        }
        return new Report(since, deals[0], effects);
    }

    /** Counts of one rule's deals. */
    private static final class Tally {
        final int[] n = new int[2];
        final int[] won = new int[2];
        final List<List<Double>> cycles = List.of(new ArrayList<>(), new ArrayList<>());

        void add(boolean followed, boolean dealWon, double cycle) {
            int side = followed ? 0 : 1;
            n[side]++;
            if (dealWon) {
                won[side]++;
            }
            if (!Double.isNaN(cycle)) {
                cycles.get(side).add(cycle);
            }
        }

        RuleEffect effect(PlaybookRule rule) {
            Optional<Double> p = n[0] > 0 && n[1] > 0 ? Optional.of(Proportions.different(won[0], n[0], won[1],
                    n[1])) : Optional.empty();
            return new RuleEffect(rule, n[0], won[0], n[1], won[1], median(cycles.get(0)), median(cycles.get(1)), p);
        }

        private static Optional<Double> median(List<Double> values) {
            if (values.isEmpty()) {
                return Optional.empty();
            }
            double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(sorted);
            return Optional.of(Median.withDefaults().evaluate(sorted));
        }
    }
}
