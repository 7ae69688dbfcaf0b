package io.tacitcrm.sales.domain;

import io.tacitcrm.customer.domain.AccountId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The done footprints on an opportunity, for checking stage requirements. Activities answer this. */
public interface StageEvidence {

    List<Footprint> doneOn(OpportunityId opportunity);

    /** The done footprints on a customer that no deal claims, by id: linked to a deal, they would count for it. */
    Map<UUID, Footprint> doneUnlinkedOn(AccountId account);
}
