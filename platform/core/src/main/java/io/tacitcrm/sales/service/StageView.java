package io.tacitcrm.sales.service;

import io.tacitcrm.sales.domain.SalesStage;
import io.tacitcrm.sales.domain.StageDefinition;
import io.tacitcrm.sales.domain.StageId;

/** A stage as callers see it: its definition, place in the order, and whether it is retired. */
public record StageView(StageId id, StageDefinition definition, int position, boolean retired) {

    static StageView of(SalesStage s) {
        return new StageView(s.id(), s.definition(), s.position(), s.retired());
    }
}
