package io.tacitcrm.sales.domain;

import io.tacitcrm.customer.domain.DecisionRole;
import java.util.Optional;

/**
 * "At least {@code min} done activities of {@code type} on the opportunity", optionally "with a contact in
 * {@code contactRole}" — e.g. a DEMO with a decision maker. {@code counted} says which footprints count: those linked
 * to the deal only, or also those left on its customer without a deal (a visit logged before the deal was opened).
 */
public record ActivityRequirement(ActivityType type, int min, Optional<DecisionRole> contactRole, Counted counted) {

    public static final int MAX = 100;
    /** How a requirement counting the customer's loose footprints is stored: a last part after the role. */
    private static final String ON_CUSTOMER = "ON_CUSTOMER";

    /** Which footprints count toward a requirement. */
    public enum Counted {
        /** Only footprints linked to the deal. */
        ON_DEAL,
        /** Footprints linked to the deal and those on its customer that no deal claims. */
        ON_CUSTOMER
    }

    /** A requirement counted on the deal only. */
    public ActivityRequirement(ActivityType type, int min, Optional<DecisionRole> contactRole) {
        this(type, min, contactRole, Counted.ON_DEAL);
    }

    public ActivityRequirement {
        counted = counted == null ? Counted.ON_DEAL : counted;
        if (min < 1 || min > MAX) {
            throw new IllegalArgumentException("min must be 1.." + MAX);
        }
    }

    public boolean metBy(Footprint footprint) {
        return footprint.type() == type && contactRole.map(role -> footprint.contactRole().equals(Optional.of(role)))
                .orElse(true);
    }

    public boolean countsCustomerFootprints() {
        return counted == Counted.ON_CUSTOMER;
    }

    String encode() {
        return type + ":" + min + contactRole.map(r -> ":" + r).orElse("")
                + (countsCustomerFootprints() ? ":" + ON_CUSTOMER : "");
    }

    static ActivityRequirement decode(String stored) {
        String[] parts = stored.split(":");
        Optional<DecisionRole> role = Optional.empty();
        Counted counted = Counted.ON_DEAL;
        for (int i = 2; i < parts.length; i++) {
            if (ON_CUSTOMER.equals(parts[i])) {
                counted = Counted.ON_CUSTOMER;
            } else {
                role = Optional.of(DecisionRole.valueOf(parts[i]));
            }
        }
        return new ActivityRequirement(ActivityType.valueOf(parts[0]), Integer.parseInt(parts[1]), role, counted);
    }
}
