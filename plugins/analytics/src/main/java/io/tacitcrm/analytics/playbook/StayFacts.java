package io.tacitcrm.analytics.playbook;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

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
    private static final Map<String, Map<String, String>> KEYS = new ConcurrentHashMap<>();
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

    /**
     * Worked out once per stay of every deal mined (millions of footprints), so in primitive arrays: the touches are
     * few, a list of them is scanned rather than hashed.
     */
    public static StayFacts of(DealTrail.Stay stay) {
        List<DealTrail.Touch> touches = stay.touches();
        double[] times = new double[touches.size()];
        String[] keys = new String[touches.size() * 2];
        double[] keyed = new double[touches.size() * 2];
        List<UUID> contacts = new ArrayList<>(touches.size());
        List<UUID> deciding = new ArrayList<>(2);
        int count = 0;
        int pairs = 0;
        for (DealTrail.Touch touch : touches) {
            if (touch.at().isBefore(stay.entered()) || touch.at().isAfter(stay.left())) {
                continue;
            }
            double days = days(stay.entered(), touch.at());
            times[count++] = days;
            keys[pairs] = touch.type();
            keyed[pairs++] = days;
            if (touch.role().isPresent()) {
                keys[pairs] = key(touch.type(), touch.role().get());
                keyed[pairs++] = days;
            }
            if (touch.contactId().isPresent()) {
                UUID contact = touch.contactId().get();
                if (!contacts.contains(contact)) {
                    contacts.add(contact);
                }
                if (touch.role().filter(DECIDING::contains).isPresent() && !deciding.contains(contact)) {
                    deciding.add(contact);
                }
            }
        }
        Map<String, double[]> offsets = new HashMap<>();
        for (int i = 0; i < pairs; i++) {
            if (offsets.containsKey(keys[i])) {
                continue;
            }
            int n = 0;
            for (int k = i; k < pairs; k++) {
                n += keys[k].equals(keys[i]) ? 1 : 0;
            }
            double[] values = new double[n];
            for (int k = i, v = 0; k < pairs; k++) {
                if (keys[k].equals(keys[i])) {
                    values[v++] = keyed[k];
                }
            }
            Arrays.sort(values);
            offsets.put(keys[i], values);
        }
        double[] points = Arrays.copyOf(times, count);
        Arrays.sort(points);
        return new StayFacts(offsets, contacts.size(), deciding.size(), points, days(stay.entered(), stay.left()));
    }

    /** The facts of each of the trail's stays, in order. */
    public static List<StayFacts> of(DealTrail trail) {
        return trail.stays().stream().map(StayFacts::of).toList();
    }

    /** The key of a type with a role, as {@link #offsets(String)} knows it (made once per pair, then reused). */
    static String key(String type, String role) {
        Map<String, String> ofType = KEYS.get(type);
        String known = ofType == null ? null : ofType.get(role);
        return known != null ? known : KEYS.computeIfAbsent(type, t -> new ConcurrentHashMap<>())
                .computeIfAbsent(role, r -> type + '|' + r);
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
