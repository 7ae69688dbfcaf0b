package io.tacitcrm.sales.service;

import io.tacitcrm.sales.domain.StageKind;
import java.util.Optional;
import java.util.UUID;

/** A reason as an administrator submits the lists: an existing one (by id) or a new one. */
public record CloseReasonDraft(Optional<UUID> id, StageKind kind, String label) {
}
