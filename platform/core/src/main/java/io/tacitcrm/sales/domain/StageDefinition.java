package io.tacitcrm.sales.domain;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.TextRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What an administrator decides about a stage, checked as a whole. Errors name the stage's index in the process. */
public record StageDefinition(String name, int probability, StageKind kind, String guidance,
        StageRequirements requirements) {

    public static final int GUIDANCE_MAX = 4000;

    public StageDefinition {
        name = name == null ? "" : name.strip();
        guidance = guidance == null ? "" : guidance.strip();
        requirements = requirements == null ? StageRequirements.NONE : requirements;
    }

    /** The broken rules of this definition, with fields prefixed by {@code prefix} (e.g. {@code stages[2].}). */
    public List<FieldError> problems(String prefix) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.required(errors, prefix + "name", name, 100);
        TextRules.multiline(errors, prefix + "guidance", Optional.of(guidance), GUIDANCE_MAX);
        if (probability < 0 || probability > 100) {
            errors.add(new FieldError(prefix + "probability", "range", "must be between 0 and 100"));
        }
        if (kind == null) {
            errors.add(new FieldError(prefix + "kind", "required", "must be OPEN, WON or LOST"));
        }
        return errors;
    }
}
