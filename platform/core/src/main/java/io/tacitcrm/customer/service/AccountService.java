package io.tacitcrm.customer.service;

import io.tacitcrm.common.domain.ExpectedVersion;
import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.common.domain.Page;
import io.tacitcrm.common.domain.StaleVersionException;
import io.tacitcrm.customer.domain.Account;
import io.tacitcrm.customer.domain.AccountCursor;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.customer.domain.AccountQuery;
import io.tacitcrm.customer.domain.AccountRepository;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.Principal;
import io.tacitcrm.identity.service.UserDirectory;
import io.tacitcrm.identity.service.UserSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Accounts of the caller's tenant. Tenant isolation is enforced below this class (ORM filter and row-level security);
 * record-level access (hierarchy, sharing) will narrow {@link #list} and {@link #find} further in the same place.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    static final String ENTITY = "account";

    @Inject
    AccountRepository accounts;
    @Inject
    CurrentPrincipal caller;
    @Inject
    UserDirectory users;
    @Inject
    Clock clock;

    public Page<AccountView> list(AccountQuery query) {
        List<Account> rows = accounts.page(query);
        boolean more = rows.size() > query.limit().value();
        List<Account> page = more ? rows.subList(0, query.limit().value()) : rows;
        Optional<String> next = more ? Optional.of(AccountCursor.after(page.getLast(), query.sort()).encode()) : Optional.empty();
        return new Page<>(views(page), next);
    }

    public AccountView find(AccountId id) {
        return view(load(id));
    }

    public AccountView open(AccountChange change) {
        Principal me = caller.require();
        me.require(Permission.CUSTOMER_CREATE);
        UserId owner = change.owner().map(this::activeUser).orElse(me.userId());
        Account account = new Account(new AccountId(Ids.newId()), change.details(), owner, me.userId(), now());
        accounts.add(account);
        return view(account);
    }

    public AccountView edit(AccountId id, ExpectedVersion expected, Function<AccountView, AccountChange> edit) {
        Account account = load(id);
        expected.check(account.version(), ENTITY);
        AccountChange change = edit.apply(view(account));
        account.update(change.details(), now());
        change.owner().filter(o -> !o.equals(account.owner())).map(this::activeUser)
                .ifPresent(o -> account.reassign(o, now()));
        return flushed(account);
    }

    public void close(AccountId id, ExpectedVersion expected) {
        Account account = load(id);
        expected.check(account.version(), ENTITY);
        accounts.remove(account);
        flush();
    }

    private Account load(AccountId id) {
        return accounts.find(id).orElseThrow(() -> new NotFoundException(ENTITY));
    }

    private UserId activeUser(UserId id) {
        return users.findActive(id).map(UserSummary::id)
                .orElseThrow(() -> InvalidInputException.of("ownerId", "owner.unknown", "is not an active user of this workspace"));
    }

    /** Writes now, so a concurrent edit surfaces as a stale version here rather than as an error at commit. */
    private AccountView flushed(Account account) {
        flush();
        return view(account);
    }

    private void flush() {
        try {
            accounts.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersionException(ENTITY);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private AccountView view(Account a) {
        return views(List.of(a)).getFirst();
    }

    private List<AccountView> views(List<Account> page) {
        Set<UserId> owners = page.stream().map(Account::owner).collect(Collectors.toSet());
        Map<UserId, String> names = users.names(owners);
        return page.stream().map(a -> new AccountView(a.id(), a.details(), a.owner(), names.getOrDefault(a.owner(), ""),
                a.createdAt(), a.updatedAt(), a.version())).toList();
    }
}
