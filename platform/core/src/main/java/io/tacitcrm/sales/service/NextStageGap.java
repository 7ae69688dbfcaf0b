package io.tacitcrm.sales.service;

import io.tacitcrm.sales.domain.StageId;
import io.tacitcrm.sales.domain.UnmetRequirement;
import java.util.List;

/** The next open stage of a deal's process and what the deal still lacks to enter it. */
public record NextStageGap(StageId stage, String stageName, List<UnmetRequirement> unmet) {
}
