package io.tacitcrm.activity.service;

import io.tacitcrm.activity.domain.ActivityDetails;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.customer.domain.ContactId;
import io.tacitcrm.sales.domain.OpportunityId;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A footprint to log: on an account, or on an opportunity (whose account it then is), maybe with a contact. The
 * logger's time zone, when known, says where "today" begins for a planned footprint.
 */
public record NewActivity(ActivityDetails details, Optional<AccountId> account, Optional<ContactId> contact,
                          Optional<OpportunityId> opportunity, Optional<ZoneId> zone) {

    public NewActivity(ActivityDetails details, Optional<AccountId> account, Optional<ContactId> contact,
            Optional<OpportunityId> opportunity) {
        this(details, account, contact, opportunity, Optional.empty());
    }
}
