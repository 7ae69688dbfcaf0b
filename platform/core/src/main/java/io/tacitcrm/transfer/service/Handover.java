package io.tacitcrm.transfer.service;

import io.tacitcrm.sales.domain.OpportunityId;
import io.tacitcrm.sales.service.NextStageGap;
import io.tacitcrm.transfer.domain.Dossier;
import java.util.Map;

/**
 * A customer's dossier as its new owner reads it, with what each open deal still lacks for its next stage, as of now.
 */
public record Handover(Dossier dossier, Map<OpportunityId, NextStageGap> nextStages) {

    public Handover {
        nextStages = Map.copyOf(nextStages);
    }
}
