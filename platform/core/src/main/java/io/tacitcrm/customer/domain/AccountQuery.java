package io.tacitcrm.customer.domain;

import io.tacitcrm.access.domain.Viewer;
import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.identity.domain.UserId;
import java.util.Optional;

/**
 * Which accounts to list: a search text, an owner, filters, an order, and where the previous page ended. The service
 * adds the caller's {@link Viewer} so that only readable accounts come back.
 */
public record AccountQuery(Optional<String> text, Optional<UserId> owner, AccountFilters filters, AccountSort sort,
                           Optional<AccountCursor> after, PageLimit limit, Optional<Viewer> viewer) {

    public AccountQuery(Optional<String> text, Optional<UserId> owner, AccountSort sort, Optional<AccountCursor> after,
            PageLimit limit) {
        this(text, owner, AccountFilters.NONE, sort, after, limit, Optional.empty());
    }

    public AccountQuery filtered(AccountFilters by) {
        return new AccountQuery(text, owner, by, sort, after, limit, viewer);
    }

    /** The same query continuing after {@code cursor} (or from the start). */
    public AccountQuery continuingAfter(Optional<AccountCursor> cursor) {
        return new AccountQuery(text, owner, filters, sort, cursor, limit, viewer);
    }

    public AccountQuery seenBy(Viewer who) {
        return new AccountQuery(text, owner, filters, sort, after, limit, Optional.of(who));
    }
}
