package io.tacitcrm.it.access;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * Random {@link Scenario}s from a seed: the same seed always gives the same scenario, so a failure is reproduced by
 * rerunning with the seed it reports. Lists are empty or at their smallest a quarter of the time, because the edges
 * (no extra roles, no shares, a single account) are where access bugs hide, and so are peers on one role.
 */
final class ScenarioGenerator {

    private static final int GENE_MAX = 1000;

    private final SplittableRandom random;

    ScenarioGenerator(long seed) {
        this.random = new SplittableRandom(seed);
    }

    Scenario next() {
        List<Integer> extraRoles = list(0, 4, this::gene);
        // users often share a role: peers who must not see each other's records are where hierarchy bugs show
        List<Integer> userRoles = list(2, 4, () -> random.nextBoolean() ? random.nextInt(0, 2) : gene());
        List<Integer> accountOwners = list(0, 6, this::gene);
        List<Scenario.ShareGene> shares = list(0, 6, () -> new Scenario.ShareGene(gene(), granteeType(), gene(),
                access()));
        String orgDefault = pick(List.of("PRIVATE", "PRIVATE", "PRIVATE", "PUBLIC_READ", "PUBLIC_READ_WRITE"));
        List<List<Integer>> teams = list(0, 2, () -> list(0, 3, this::gene));
        List<Integer> regions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            regions.add(random.nextInt(-1, 2));
        }
        List<Scenario.TeamSeatGene> seats = list(0, 3, () -> new Scenario.TeamSeatGene(gene(), gene(), access()));
        List<Scenario.RuleGene> rules = list(0, 3, () -> new Scenario.RuleGene(pick(List.of("OWNER", "CRITERIA")),
                pick(List.of("ROLE", "ROLE_AND_SUBORDINATES", "TEAM")), gene(), random.nextInt(0, 2), granteeType(),
                        gene(),
                access()));
        return new Scenario(extraRoles, userRoles, accountOwners, shares, orgDefault,
                new Scenario.Extras(teams, regions, seats, rules));
    }

    private int gene() {
        return random.nextInt(0, GENE_MAX + 1);
    }

    private String access() {
        return pick(List.of("READ", "EDIT"));
    }

    private String granteeType() {
        return pick(List.of("USER", "TEAM", "ROLE", "ROLE_AND_SUBORDINATES"));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> List<T> list(int min, int max, Supplier<T> element) {
        int size = random.nextInt(4) == 0 ? min : random.nextInt(min, max + 1);
        List<T> values = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            values.add(element.get());
        }
        return values;
    }
}
