package io.tacitcrm.ui.activity;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;

/** The new time of a planned footprint, in the user's zone; named as the service names the field. */
public record RescheduleForm(@NotNull(message = "{tacit.required}") LocalDateTime occurredAt) {
}
