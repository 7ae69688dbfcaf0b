package io.tacitcrm.customer.domain;

import io.tacitcrm.access.domain.Viewer;
import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.identity.domain.UserId;
import java.util.Optional;

/**
 * Which accounts to list: a name search, an owner, an order, and where the previous page ended. The service adds the
 * caller's {@link Viewer} so that only readable accounts come back.
 */
public record AccountQuery(Optional<String> text, Optional<UserId> owner, AccountSort sort, Optional<AccountCursor> after,
                           PageLimit limit, Optional<Viewer> viewer) {

    public AccountQuery(Optional<String> text, Optional<UserId> owner, AccountSort sort, Optional<AccountCursor> after, PageLimit limit) {
        this(text, owner, sort, after, limit, Optional.empty());
    }

    public AccountQuery seenBy(Viewer who) {
        return new AccountQuery(text, owner, sort, after, limit, Optional.of(who));
    }
}
