package io.tacitcrm.sales.domain;

import java.util.Optional;

/**
 * One requirement of a stage that an opportunity does not meet yet: a field to fill, activities still to do, or a
 * module's gate (a playbook rule), already worded in the caller's language.
 */
public record UnmetRequirement(Optional<OpportunityField> field, Optional<ActivityRequirement> activity, int have,
                               Optional<String> gate) {

    public static UnmetRequirement missingField(OpportunityField field) {
        return new UnmetRequirement(Optional.of(field), Optional.empty(), 0, Optional.empty());
    }

    public static UnmetRequirement missingActivities(ActivityRequirement requirement, int have) {
        return new UnmetRequirement(Optional.empty(), Optional.of(requirement), have, Optional.empty());
    }

    public static UnmetRequirement gate(String text) {
        return new UnmetRequirement(Optional.empty(), Optional.empty(), 0, Optional.of(text));
    }

    /** In English, for the API; the UI renders the same facts in the user's language. */
    public String describe() {
        if (gate.isPresent()) {
            return gate.get();
        }
        return field.map(f -> f.jsonName() + " must be filled in").orElseGet(() -> {
            ActivityRequirement a = activity.orElseThrow();
            return "needs at least " + a.min() + " done " + a.type() + a.contactRole().map(r -> " with a " + r
                    + " contact").orElse("")
                    + " (has " + have + ")";
        });
    }
}
