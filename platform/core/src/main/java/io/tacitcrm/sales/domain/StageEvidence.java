package io.tacitcrm.sales.domain;

import java.util.List;

/** The done footprints on an opportunity, for checking stage requirements. Activities answer this. */
public interface StageEvidence {

    List<Footprint> doneOn(OpportunityId opportunity);
}
