package io.tacitcrm.sales.service;

import io.tacitcrm.sales.domain.StageKind;
import java.util.UUID;

/** A won or lost reason on the company's list. */
public record CloseReasonView(UUID id, StageKind kind, String label) {
}
