package io.tacitcrm.sales.domain;

import java.util.Optional;

/** One requirement of a stage that an opportunity does not meet yet: a field to fill, or activities still to do. */
public record UnmetRequirement(Optional<OpportunityField> field, Optional<ActivityRequirement> activity, int have) {

    public static UnmetRequirement missingField(OpportunityField field) {
        return new UnmetRequirement(Optional.of(field), Optional.empty(), 0);
    }

    public static UnmetRequirement missingActivities(ActivityRequirement requirement, int have) {
        return new UnmetRequirement(Optional.empty(), Optional.of(requirement), have);
    }

    /** In English, for the API; the UI renders the same facts in the user's language. */
    public String describe() {
        return field.map(f -> f.jsonName() + " must be filled in").orElseGet(() -> {
            ActivityRequirement a = activity.orElseThrow();
            return "needs at least " + a.min() + " done " + a.type() + a.contactRole().map(r -> " with a " + r + " contact").orElse("")
                    + " (has " + have + ")";
        });
    }
}
