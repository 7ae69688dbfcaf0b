package io.tacitcrm.sales.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What an opportunity must have before it may enter a stage — and before it may move past it to a later one, unless
 * the company lets deals skip the stage ({@code skippable}).
 */
public record StageRequirements(Set<OpportunityField> fields, List<ActivityRequirement> activities,
                                boolean skippable) {

    public static final StageRequirements NONE = new StageRequirements(Set.of(), List.of());

    public StageRequirements {
        fields = fields.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(fields));
        activities = List.copyOf(activities);
    }

    /** Requirements that also hold for a deal moving past the stage. */
    public StageRequirements(Set<OpportunityField> fields, List<ActivityRequirement> activities) {
        this(fields, activities, false);
    }

    public StageRequirements skippable(boolean mayBeSkipped) {
        return new StageRequirements(fields, activities, mayBeSkipped);
    }

    /** Every requirement {@code opportunity} does not meet, given its done footprints; empty when it may enter. */
    public List<UnmetRequirement> unmetBy(Opportunity opportunity, List<Footprint> done) {
        return unmetBy(opportunity, done, List::of);
    }

    /**
     * What the deal lacks; {@code loose} gives the customer's footprints that no deal claims, asked for only by a
     * requirement that counts them.
     */
    public List<UnmetRequirement> unmetBy(Opportunity opportunity, List<Footprint> done,
            Supplier<Collection<Footprint>> loose) {
        List<UnmetRequirement> unmet = new ArrayList<>();
        fields.stream().sorted().filter(f -> !opportunity.hasFilled(f)).map(UnmetRequirement::missingField)
                .forEach(unmet::add);
        for (ActivityRequirement requirement : activities) {
            int have = (int) done.stream().filter(requirement::metBy).count()
                    + (requirement.countsCustomerFootprints()
                            ? (int) loose.get().stream().filter(requirement::metBy).count() : 0);
            if (have < requirement.min()) {
                unmet.add(UnmetRequirement.missingActivities(requirement, have));
            }
        }
        return unmet;
    }

    String encodeFields() {
        return fields.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    String encodeActivities() {
        return activities.stream().map(ActivityRequirement::encode).collect(Collectors.joining(";"));
    }

    static StageRequirements decode(String storedFields, String storedActivities, boolean skippable) {
        Set<OpportunityField> fields = Arrays.stream(storedFields.split(",")).filter(s -> !s.isBlank())
                .map(OpportunityField::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(OpportunityField.class)));
        List<ActivityRequirement> activities = Arrays.stream(storedActivities.split(";")).filter(s -> !s.isBlank())
                .map(ActivityRequirement::decode).toList();
        return new StageRequirements(fields, activities, skippable);
    }
}
