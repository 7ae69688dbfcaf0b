package io.tacitcrm.ui.agenda;

import io.tacitcrm.agenda.domain.ReminderPolicy;
import jakarta.validation.constraints.NotNull;

/** The company's reminder limits as edited. */
public record ReminderLimitsForm(@NotNull(message = "{tacit.required}") Integer stallDays,
                                 @NotNull(message = "{tacit.required}") Integer reportHour) {

    static ReminderLimitsForm of(ReminderPolicy policy) {
        return new ReminderLimitsForm(policy.stallDays(), policy.reportHour());
    }
}
