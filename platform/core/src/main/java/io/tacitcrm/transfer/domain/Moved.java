package io.tacitcrm.transfer.domain;

import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.identity.domain.UserId;
import java.util.Map;

/** What a transfer moved: each account with its previous owner, and how many deals and footprints came along. */
public record Moved(Map<AccountId, UserId> previousOwners, int opportunities, int activities) {

    public Moved {
        previousOwners = Map.copyOf(previousOwners);
    }

    public int accounts() {
        return previousOwners.size();
    }
}
