package io.tacitcrm.analytics.playbook;

import java.util.Optional;
import java.util.OptionalInt;

/** Conditions as the playbook tables keep them: {@code A:DEMO:DECISION_MAKER:1:5}, {@code P:3}, {@code G:3}. */
public final class Conditions {

    private Conditions() {
    }

    public static String encode(Condition condition) {
        return switch (condition) {
            case Condition.Activity a -> "A:" + a.type() + ':' + a.role().orElse("") + ':' + a.atLeast() + ':'
                    + (a.withinDays().isPresent() ? String.valueOf(a.withinDays().getAsInt()) : "");
            case Condition.People p -> "P:" + p.atLeast();
            case Condition.Cadence c -> "G:" + c.maxGapDays();
        };
    }

    public static Condition decode(String text) {
        String[] parts = text.split(":", -1);
        return switch (parts[0]) {
            case "A" -> new Condition.Activity(parts[1], Optional.of(parts[2]).filter(r -> !r.isEmpty()),
                    Integer.parseInt(parts[3]), parts[4].isEmpty() ? OptionalInt.empty()
                    : OptionalInt.of(Integer.parseInt(parts[4])));
            case "P" -> new Condition.People(Integer.parseInt(parts[1]));
            case "G" -> new Condition.Cadence(Integer.parseInt(parts[1]));
            default -> throw new IllegalArgumentException("not a condition: " + text);
        };
    }

    /** The condition with its thresholds changed where given (the count, the window, the gap). */
    public static Condition withThresholds(Condition condition, Optional<Integer> atLeast,
                                           Optional<Integer> withinDays, boolean noWindow) {
        return switch (condition) {
            case Condition.Activity a -> new Condition.Activity(a.type(), a.role(), atLeast.orElse(a.atLeast()),
                    noWindow ? OptionalInt.empty() : withinDays.map(OptionalInt::of).orElse(a.withinDays()));
            case Condition.People p -> new Condition.People(atLeast.orElse(p.atLeast()));
            case Condition.Cadence c -> new Condition.Cadence(withinDays.orElse(c.maxGapDays()));
        };
    }
}
