package io.tacitcrm.sales.domain;

import io.tacitcrm.customer.domain.DecisionRole;
import java.util.Optional;

/**
 * "At least {@code min} done activities of {@code type} on the opportunity", optionally "with a contact in
 * {@code contactRole}" — e.g. a DEMO with a decision maker.
 */
public record ActivityRequirement(ActivityType type, int min, Optional<DecisionRole> contactRole) {

    public static final int MAX = 100;

    public ActivityRequirement {
        if (min < 1 || min > MAX) {
            throw new IllegalArgumentException("min must be 1.." + MAX);
        }
    }

    public boolean metBy(Footprint footprint) {
        return footprint.type() == type && contactRole.map(role -> footprint.contactRole().equals(Optional.of(role)))
                .orElse(true);
    }

    String encode() {
        return type + ":" + min + contactRole.map(r -> ":" + r).orElse("");
    }

    static ActivityRequirement decode(String stored) {
        String[] parts = stored.split(":");
        return new ActivityRequirement(ActivityType.valueOf(parts[0]), Integer.parseInt(parts[1]),
                parts.length > 2 ? Optional.of(DecisionRole.valueOf(parts[2])) : Optional.empty());
    }
}
