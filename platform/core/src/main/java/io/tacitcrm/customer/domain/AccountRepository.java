package io.tacitcrm.customer.domain;

import io.tacitcrm.access.domain.Viewer;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Accounts of the current tenant. */
public interface AccountRepository {

    Optional<Account> find(AccountId id);

    /** Those of these accounts that exist, a thousand to a query (visible or not: callers check access). */
    List<Account> withIds(Collection<AccountId> ids);

    /**
     * Up to {@code limit + 1} accounts after the cursor, so the caller knows whether another page exists; only those
     * the
     * query's viewer may read. A query without a viewer is refused: there is no unscoped list.
     */
    List<Account> page(AccountQuery query);

    /** Those of these accounts the viewer may read, in one query. */
    List<Account> readable(Collection<AccountId> ids, Viewer viewer);

    /** Which of these accounts the query's viewer may read, in one query. */
    Set<AccountId> readableAmong(Collection<AccountId> ids, Viewer viewer);

    void add(Account account);

    void remove(Account account);

    /**
     * Writes pending changes now; a concurrent change shows up as {@link jakarta.persistence.OptimisticLockException}.
     */
    void flush();

    /**
     * Writes pending changes and forgets the loaded objects: keeps memory flat while importing many rows. Fails when
     * the transaction can no longer commit (it outlived its timeout), so that the import stops.
     */
    void flushAndForget();

    /** The ids of accounts with exactly these names (all of them, visible or not: callers check access). */
    Map<String, List<AccountId>> idsNamed(Collection<String> names);
}
