package io.tacitcrm.transfer.domain;

import io.tacitcrm.identity.domain.UserId;
import java.time.Instant;
import java.util.Optional;

/** A transfer that took place: what was asked, who asked, when, and how much moved. */
public record TransferRecord(TransferId id, String criteria, UserId to, boolean includeOpenOpportunities,
        boolean includeOpenActivities,
                             int coOwnershipDays, Optional<String> note, int accounts, int opportunities,
                                     int activities,
                             UserId by, Instant at) {
}
