package io.tacitcrm.customer.domain;

import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.identity.domain.UserId;
import java.util.Optional;

/** Which accounts to list: a name search, an owner, an order, and where the previous page ended. */
public record AccountQuery(Optional<String> text, Optional<UserId> owner, AccountSort sort, Optional<AccountCursor> after,
                           PageLimit limit) {
}
