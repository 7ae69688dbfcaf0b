package io.tacitcrm.sample.demo;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The five behaviours {@link DealWalk} plants in the top reps, and which of them a mined rule states — so a test can
 * tell the rules that recover what was planted from those that found something else. A rule is told by the index of
 * its stage in the process and its condition: kind (ACTIVITY, PEOPLE, CADENCE), footprint type and window.
 */
public final class PlantedBehaviours {

    /** How many behaviours were planted. */
    public static final int COUNT = 5;
    /** The longest window still read as "early in the stage". */
    private static final int EARLY_DAYS = 7;

    private PlantedBehaviours() {
    }

    /**
     * The planted behaviour (0–4) the rule states, if any: 0 the early call in the first stage, 1 the early visit in
     * the second, 2 the early demo in the third, 3 several people engaged in the fourth (met with meetings, so a
     * meeting rule there states it too), 4 the short cadence in any stage. An early call rule of two calls states
     * the early call and the cadence at once and counts for the call.
     */
    public static OptionalInt explains(int stage, String kind, Optional<String> type, OptionalInt withinDays) {
        boolean early = withinDays.isPresent() && withinDays.getAsInt() <= EARLY_DAYS;
        String t = type.orElse("");
        if (kind.equals("CADENCE")) {
            return OptionalInt.of(4);
        }
        if (stage == 0 && t.equals("CALL") && early) {
            return OptionalInt.of(0);
        }
        if (stage == 1 && t.equals("VISIT") && early) {
            return OptionalInt.of(1);
        }
        if (stage == 2 && t.equals("DEMO") && early) {
            return OptionalInt.of(2);
        }
        if (stage == 3 && (kind.equals("PEOPLE") || t.equals("MEETING"))) {
            return OptionalInt.of(3);
        }
        return OptionalInt.empty();
    }
}
