package io.tacitcrm.sample.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.analytics.playbook.Condition;
import io.tacitcrm.analytics.playbook.DealTrail;
import io.tacitcrm.analytics.playbook.PlaybookMiner;
import io.tacitcrm.analytics.playbook.Rule;
import io.tacitcrm.sample.demo.DealWalk.Footprint;
import io.tacitcrm.sample.demo.DealWalk.Move;
import io.tacitcrm.sample.demo.DealWalk.Outcome;
import io.tacitcrm.sample.demo.DealWalk.People;
import io.tacitcrm.sample.demo.DealWalk.Process;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The demo's deal generator, mined as the product mines it: with the behaviours planted in the top reps the miner
 * recovers them (precision and recall at least 0.9); in the control, where everyone behaves alike and behaviour
 * changes no outcome, it finds nothing. Deals are walked in memory the way {@link DemoHistory} walks them into the
 * demo tenant; the top reps are the top 20% by won revenue, as the product picks them.
 */
class DemoPlaybookTest {

    private static final Logger LOG = Logger.getLogger(DemoPlaybookTest.class.getName());
    private static final String[] ROLES = {"DECISION_MAKER", "ECONOMIC_BUYER", "CHAMPION", "INFLUENCER", "EVALUATOR",
            "USER"};
    private static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");
    private static final int REPS = 25;
    private static final int TOP = 5;
    private static final int CUSTOMERS = 2_000;

    private record Mined(List<Rule> rules, List<UUID> stages) {
    }

    @Test
    void on_the_demos_planted_deals_the_miner_recovers_the_five_behaviours_with_precision_and_recall_of_0_9() {
        Mined mined = mine(true);

        Set<Integer> found = new HashSet<>();
        long explained = 0;
        for (Rule rule : mined.rules()) {
            OptionalInt planted = explains(rule, mined.stages());
            planted.ifPresent(found::add);
            explained += planted.isPresent() ? 1 : 0;
        }
        double precision = (double) explained / mined.rules().size();
        double recall = (double) found.size() / PlantedBehaviours.COUNT;
        LOG.info(() -> String.format("planted demo: %d rules, precision %.2f, recall %.2f%n%s", mined.rules().size(),
                precision, recall, mined.rules().stream().map(r -> mined.stages().indexOf(r.stageId()) + " "
                        + r.condition() + String.format(" lift %.2f q %.1e", r.lift(), r.qValue()))
                        .collect(Collectors.joining("\n"))));
        assertTrue(precision >= 0.9, "precision " + precision);
        assertTrue(recall >= 0.9, "recall " + recall);
    }

    @Test
    void on_the_control_where_behaviour_changes_no_outcome_the_miner_publishes_nothing() {
        Mined mined = mine(false);

        assertEquals(List.of(), mined.rules().stream().map(r -> mined.stages().indexOf(r.stageId()) + " "
                + r.condition()).toList());
    }

    private static OptionalInt explains(Rule rule, List<UUID> stages) {
        int stage = stages.indexOf(rule.stageId());
        return switch (rule.condition()) {
            case Condition.Activity a -> PlantedBehaviours.explains(stage, "ACTIVITY", Optional.of(a.type()),
                    a.withinDays());
            case Condition.People p -> PlantedBehaviours.explains(stage, "PEOPLE", Optional.empty(),
                    OptionalInt.empty());
            case Condition.Cadence c -> PlantedBehaviours.explains(stage, "CADENCE", Optional.empty(),
                    OptionalInt.empty());
        };
    }

    /** Two years of deals of 25 reps (five of them the planted top) on 2,000 customers, mined. */
    private static Mined mine(boolean planted) {
        Random random = new Random(planted ? 20261130 : 20261201);
        List<UUID> open = IntStream.range(0, 4).mapToObj(i -> new UUID(11, i)).toList();
        Process process = new Process(open, new UUID(11, 8), new UUID(11, 9));
        DealWalk walk = new DealWalk(random, process, NOW, planted);
        List<UUID> reps = IntStream.range(0, REPS).mapToObj(i -> new UUID(12, i)).toList();
        Map<UUID, String> roles = new HashMap<>();
        List<DealTrail> trails = new ArrayList<>();
        Map<UUID, Double> won = new HashMap<>();
        for (int c = 0; c < CUSTOMERS; c++) {
            boolean valuable = random.nextDouble() < 0.2;
            // the planted top sells to half the valuable customers, as in the demo
            UUID rep = valuable && random.nextBoolean() ? reps.get(random.nextInt(TOP))
                    : reps.get(random.nextInt(REPS));
            boolean top = reps.indexOf(rep) < TOP;
            List<UUID> contacts = new ArrayList<>();
            for (int k = 0, n = 3 + random.nextInt(3); k < n; k++) {
                UUID contact = UUID.randomUUID();
                contacts.add(contact);
                roles.put(contact, ROLES[k % ROLES.length]);
            }
            People people = new People(List.copyOf(contacts), contacts.getFirst());
            for (int d = 0, deals = 1 + random.nextInt(valuable ? 6 : 3); d < deals; d++) {
                Instant start = NOW.minus(Duration.ofDays(30 + random.nextInt(700)));
                Outcome outcome = walk.walk(top, start, people);
                if (outcome.closedAt().isEmpty()) {
                    continue;
                }
                boolean isWon = outcome.won(process);
                if (isWon) {
                    won.merge(rep, (valuable ? 5 : 1) * (0.5 + random.nextDouble()), Double::sum);
                }
                trails.add(trail(rep, isWon, outcome, open, roles));
            }
        }
        Set<UUID> topByRevenue = won.entrySet().stream().sorted(Map.Entry.<UUID, Double>comparingByValue()
                .reversed()).limit((long) Math.ceil(won.size() * 0.2)).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
        List<Rule> rules = new PlaybookMiner(PlaybookMiner.Settings.DEFAULTS).mine(trails, topByRevenue).rules();
        return new Mined(rules.stream().sorted(Comparator.comparingDouble(Rule::lift).reversed()).toList(), open);
    }

    /** The walk as the host would hand it to the miner: stays in open stages with their done footprints. */
    private static DealTrail trail(UUID rep, boolean won, Outcome outcome, List<UUID> open, Map<UUID, String> roles) {
        List<Move> moves = outcome.moves();
        List<DealTrail.Stay> stays = new ArrayList<>();
        for (int i = 0; i < moves.size(); i++) {
            Move move = moves.get(i);
            if (!open.contains(move.to())) {
                continue;
            }
            Instant left = i + 1 < moves.size() ? moves.get(i + 1).at() : outcome.closedAt().orElseThrow();
            List<DealTrail.Touch> touches = new ArrayList<>();
            for (Footprint f : outcome.footprints()) {
                if (f.done() && !f.at().isBefore(move.at()) && !f.at().isAfter(left)) {
                    touches.add(new DealTrail.Touch(f.type(), f.at(), f.contact(), f.contact().map(roles::get)));
                }
            }
            stays.add(new DealTrail.Stay(move.to(), move.at(), left, touches));
        }
        return new DealTrail(UUID.randomUUID(), rep, won, stays);
    }
}
