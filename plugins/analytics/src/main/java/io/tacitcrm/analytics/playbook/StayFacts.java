package io.tacitcrm.analytics.playbook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the grammar can ask of one stay, worked out once: for each footprint type (and type with a decision role) the
 * days from entering the stage to each such footprint, in order; how many people were engaged; the longest stretch
 * without a footprint.
 */
public final class StayFacts {

    private static final double SECONDS_PER_DAY = 86_400;
    private final Map<String, double[]> offsets;
    /** The roles whose people decide: engaging them is one of the compared figures. */
    static final Set<String> DECIDING = Set.of("DECISION_MAKER", "ECONOMIC_BUYER");
    private final int people;
    private final int deciders;
    private final int count;
    private final double firstDays;
    private final double lengthDays;
    private final double longestGapDays;

    private StayFacts(Map<String, double[]> offsets, int people, int deciders, double[] times, double lengthDays) {
        this.offsets = offsets;
        this.people = people;
        this.deciders = deciders;
        this.count = times.length;
        this.firstDays = times.length == 0 ? Double.NaN : times[0];
        this.lengthDays = lengthDays;
        this.longestGapDays = longestGap(times, lengthDays);
    }

    public static StayFacts of(DealTrail.Stay stay) {
        Map<String, List<Double>> byKey = new HashMap<>();
        Set<UUID> contacts = new HashSet<>();
        Set<UUID> deciding = new HashSet<>();
        List<Double> times = new ArrayList<>();
        for (DealTrail.Touch touch : stay.touches()) {
            if (touch.at().isBefore(stay.entered()) || touch.at().isAfter(stay.left())) {
                continue;
            }
            double days = days(stay.entered(), touch.at());
            times.add(days);
            byKey.computeIfAbsent(touch.type(), k -> new ArrayList<>()).add(days);
            touch.role().ifPresent(role -> byKey.computeIfAbsent(key(touch.type(), role), k -> new ArrayList<>())
                    .add(days));
            touch.contactId().ifPresent(contacts::add);
            touch.contactId().filter(c -> touch.role().filter(DECIDING::contains).isPresent())
                    .ifPresent(deciding::add);
        }
        Map<String, double[]> sorted = new HashMap<>();
        byKey.forEach((k, list) -> {
            double[] values = list.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(values);
            sorted.put(k, values);
        });
        double[] points = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return new StayFacts(sorted, contacts.size(), deciding.size(), points, days(stay.entered(), stay.left()));
    }

    /** The key of a type with a role, as {@link #offsets(String)} knows it. */
    static String key(String type, String role) {
        return type + '|' + role;
    }

    /** Days from entering the stage to each footprint of the key, ascending; empty when none. */
    double[] offsets(String key) {
        return offsets.getOrDefault(key, new double[0]);
    }

    Set<String> keys() {
        return offsets.keySet();
    }

    public int people() {
        return people;
    }

    public double longestGapDays() {
        return longestGapDays;
    }

    boolean meets(Condition condition) {
        return switch (condition) {
            case Condition.Activity a -> {
                double[] found = offsets(a.role().map(r -> key(a.type(), r)).orElse(a.type()));
                yield found.length >= a.atLeast()
                        && (a.withinDays().isEmpty() || found[a.atLeast() - 1] <= a.withinDays().getAsInt());
            }
            case Condition.People p -> people >= p.atLeast();
            case Condition.Cadence c -> longestGapDays <= c.maxGapDays();
        };
    }

    public int deciders() {
        return deciders;
    }

    public int count() {
        return count;
    }

    /** Days from entering the stage to the first footprint; NaN when there was none. */
    public double firstDays() {
        return firstDays;
    }

    public double lengthDays() {
        return lengthDays;
    }

    private static double longestGap(double[] points, double length) {
        double previous = 0;
        double longest = 0;
        for (double point : points) {
            longest = Math.max(longest, point - previous);
            previous = point;
        }
        return Math.max(longest, length - previous);
    }

    private static double days(Instant from, Instant to) {
        return Duration.between(from, to).toSeconds() / SECONDS_PER_DAY;
    }
}
