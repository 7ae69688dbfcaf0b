package io.tacitcrm.activity.domain;

import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.customer.domain.ContactId;
import io.tacitcrm.sales.domain.OpportunityId;
import io.tacitcrm.sales.domain.StageId;
import java.util.Optional;

/** Where a footprint was left: always an account; maybe a contact of it and an opportunity of it, in a stage. */
public record ActivityLinks(AccountId account, Optional<ContactId> contact, Optional<OpportunityId> opportunity,
                            Optional<StageId> stage) {
}
