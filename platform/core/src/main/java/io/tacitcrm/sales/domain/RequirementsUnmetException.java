package io.tacitcrm.sales.domain;

import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.common.domain.FieldError;
import java.util.List;

/** The opportunity may not enter the stage yet; nothing was changed. Lists everything still missing. */
public final class RequirementsUnmetException extends DomainException {

    private final String stageName;
    private final List<UnmetRequirement> unmet;

    public RequirementsUnmetException(String stageName, List<UnmetRequirement> unmet) {
        super("stage.requirements-unmet", "The opportunity does not meet the requirements of stage \"" + stageName
                + "\" yet.");
        this.stageName = stageName;
        this.unmet = List.copyOf(unmet);
    }

    public String stageName() {
        return stageName;
    }

    public List<UnmetRequirement> unmet() {
        return unmet;
    }

    /** Each missing thing under the field it concerns: the deal's field, "activities" or a module's "gates". */
    @Override
    public List<FieldError> errors() {
        return unmet.stream().map(u -> new FieldError(u.field().map(OpportunityField::jsonName)
                .orElse(u.gate().isPresent() ? "gates" : "activities"), "stage.requirement", u.describe())).toList();
    }

    @Override
    public Kind kind() {
        return Kind.INVALID;
    }
}
