package io.tacitcrm.analytics.playbook;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a playbook rule asks of a stay in a stage — the small grammar the miner searches: footprints of a type (with
 * someone of a decision role) at least so many times, within so many days of entering the stage or before the next;
 * so many of the customer's people engaged; a footprint at least every so many days.
 */
public sealed interface Condition {

    /** Whether a stay meeting this one always meets {@code other} too (this one is the stricter). */
    boolean implies(Condition other);

    /** {@code atLeast} footprints of {@code type}, with someone of {@code role} if given, within the window. */
    record Activity(String type, Optional<String> role, int atLeast, OptionalInt withinDays) implements Condition {

        @Override
        public boolean implies(Condition other) {
            return other instanceof Activity o && type.equals(o.type) && (o.role.isEmpty() || o.role.equals(role))
                    && atLeast >= o.atLeast && (o.withinDays.isEmpty() || withinDays.isPresent()
                    && withinDays.getAsInt() <= o.withinDays.getAsInt());
        }
    }

    /** At least {@code atLeast} different people of the customer engaged during the stay. */
    record People(int atLeast) implements Condition {

        @Override
        public boolean implies(Condition other) {
            return other instanceof People o && atLeast >= o.atLeast;
        }
    }

    /** Never more than {@code maxGapDays} without a footprint, from entering the stage to leaving it. */
    record Cadence(int maxGapDays) implements Condition {

        @Override
        public boolean implies(Condition other) {
            return other instanceof Cadence o && maxGapDays <= o.maxGapDays;
        }
    }
}
