package io.tacitcrm.sales.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One requirement of a stage that an opportunity does not meet yet: a field to fill, activities still to do, or a
 * module's gate (a playbook rule), already worded in the caller's language. For activities, {@code unlinked} names the
 * done footprints on the deal's customer that would count if they were linked to the deal.
 */
public record UnmetRequirement(Optional<OpportunityField> field, Optional<ActivityRequirement> activity, int have,
                               Optional<String> gate, List<UUID> unlinked) {

    public UnmetRequirement {
        unlinked = List.copyOf(unlinked);
    }

    public static UnmetRequirement missingField(OpportunityField field) {
        return new UnmetRequirement(Optional.of(field), Optional.empty(), 0, Optional.empty(), List.of());
    }

    public static UnmetRequirement missingActivities(ActivityRequirement requirement, int have) {
        return new UnmetRequirement(Optional.empty(), Optional.of(requirement), have, Optional.empty(), List.of());
    }

    public static UnmetRequirement gate(String text) {
        return new UnmetRequirement(Optional.empty(), Optional.empty(), 0, Optional.of(text), List.of());
    }

    /** The same, naming the footprints on the customer that would count once linked to the deal. */
    public UnmetRequirement withUnlinked(List<UUID> footprints) {
        return new UnmetRequirement(field, activity, have, gate, footprints);
    }

    /** In English, for the API; the UI renders the same facts in the user's language. */
    public String describe() {
        if (gate.isPresent()) {
            return gate.get();
        }
        return field.map(f -> f.jsonName() + " must be filled in").orElseGet(() -> {
            ActivityRequirement a = activity.orElseThrow();
            return "needs at least " + a.min() + " done " + a.type() + a.contactRole().map(r -> " with a " + r
                    + " contact").orElse("") + (a.countsCustomerFootprints() ? " on the deal or its customer" : "")
                    + " (has " + have + (unlinked.isEmpty() ? "" : "; " + unlinked.size()
                    + " more on the customer, not linked to this deal") + ")";
        });
    }
}
