package io.tacitcrm.transfer.domain;

import io.tacitcrm.identity.domain.UserId;
import java.util.Optional;

/**
 * A transfer as the caller asks for it: what, to whom, what comes along, how long the previous owner keeps reading,
 * why.
 */
public record TransferPlan(TransferCriteria criteria, UserId to, boolean includeOpenOpportunities,
        boolean includeOpenActivities,
                           int coOwnershipDays, Optional<String> note) {
}
