package io.tacitcrm.ui.ops;

import jakarta.validation.constraints.NotBlank;

/** Which plan's workspaces a module is switched on for. */
public record PlanTargetForm(@NotBlank(message = "{tacit.required}") String plan) {

    static PlanTargetForm blank() {
        return new PlanTargetForm("");
    }
}
