package io.tacitcrm.ui.ops;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * What the delete dialog edits: why, whether to go ahead without a recent export, and how many days the workspace
 * waits (restorable) before its rows go; the service's own least wait applies when it is longer.
 */
public record DeletionForm(@NotBlank(message = "{tacit.required}") String reason, boolean withoutExport,
        @NotNull(message = "{tacit.required}") @Min(0) @Max(365) Integer graceDays) {

    static final int DEFAULT_GRACE_DAYS = 7;

    static DeletionForm blank() {
        return new DeletionForm("", false, DEFAULT_GRACE_DAYS);
    }

    long graceMinutes() {
        return graceDays * 24L * 60;
    }
}
