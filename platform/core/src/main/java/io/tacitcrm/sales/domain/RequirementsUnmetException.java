package io.tacitcrm.sales.domain;

import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.common.domain.FieldError;
import java.util.List;

/**
 * The opportunity may not enter the stage yet; nothing was changed. Lists everything still missing: for the stage
 * itself and for each stage the move would pass (a deal cannot skip the process).
 */
public final class RequirementsUnmetException extends DomainException {

    private final String stageName;
    private final List<StageShortfall> shortfalls;

    public RequirementsUnmetException(String stageName, List<UnmetRequirement> unmet) {
        this(stageName, List.of(new StageShortfall(stageName, unmet)), true);
    }

    private RequirementsUnmetException(String stageName, List<StageShortfall> shortfalls, boolean checked) {
        super("stage.requirements-unmet", "The opportunity does not meet the requirements of stage \"" + stageName
                + "\"" + (shortfalls.size() > 1 || !shortfalls.getFirst().stageName().equals(stageName)
                ? " and of the stages it would pass" : "") + " yet.");
        this.stageName = stageName;
        this.shortfalls = List.copyOf(shortfalls);
    }

    /** A move into {@code stageName} that lacks what {@code shortfalls} list, in the process's order. */
    public static RequirementsUnmetException of(String stageName, List<StageShortfall> shortfalls) {
        if (shortfalls.isEmpty()) {
            throw new IllegalArgumentException("nothing is missing");
        }
        return new RequirementsUnmetException(stageName, shortfalls, true);
    }

    /** The stage the deal was to enter. */
    public String stageName() {
        return stageName;
    }

    public List<StageShortfall> shortfalls() {
        return shortfalls;
    }

    /** Everything missing, for every stage. */
    public List<UnmetRequirement> unmet() {
        return shortfalls.stream().flatMap(s -> s.unmet().stream()).toList();
    }

    /**
     * Each missing thing under the field it concerns (the deal's field, "activities" or a module's "gates"); what a
     * stage passed on the way lacks is told with that stage's name.
     */
    @Override
    public List<FieldError> errors() {
        return shortfalls.stream().flatMap(s -> s.unmet().stream().map(u -> new FieldError(
                u.field().map(OpportunityField::jsonName).orElse(u.gate().isPresent() ? "gates" : "activities"),
                "stage.requirement", (s.stageName().equals(stageName) ? "" : "passing \"" + s.stageName() + "\": ")
                        + u.describe()))).toList();
    }

    @Override
    public Kind kind() {
        return Kind.INVALID;
    }
}
