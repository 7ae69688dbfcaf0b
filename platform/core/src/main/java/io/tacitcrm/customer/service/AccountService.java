package io.tacitcrm.customer.service;

import io.tacitcrm.access.service.Permit;
import io.tacitcrm.access.service.RecordAccess;
import io.tacitcrm.audit.service.Audit;
import io.tacitcrm.audit.service.Changes;
import io.tacitcrm.common.domain.ExpectedVersion;
import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.common.domain.Page;
import io.tacitcrm.common.domain.StaleVersionException;
import io.tacitcrm.customer.domain.Account;
import io.tacitcrm.customer.domain.AccountCursor;
import io.tacitcrm.customer.domain.AccountDetails;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.customer.domain.AccountQuery;
import io.tacitcrm.customer.domain.AccountRepository;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.Ownership;
import io.tacitcrm.identity.service.OwnershipChanged;
import io.tacitcrm.identity.service.Principal;
import io.tacitcrm.identity.service.UserDirectory;
import io.tacitcrm.tenancy.service.PlanEnforcement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Accounts of the caller's tenant. Tenant isolation is enforced below this class (ORM filter and row-level security);
 * record access (owner, hierarchy, org-wide default, shares) here: lists carry the caller's viewer, and every single
 * account is checked — unreadable is "not found", read-only cannot be changed.
 */
@ApplicationScoped
@Transactional
public class AccountService {

    static final String ENTITY = "account";

    private final AccountRepository accounts;
    private final CurrentPrincipal caller;
    private final UserDirectory users;
    private final RecordAccess access;
    private final Audit audit;
    private final Ownership ownership;
    private final Clock clock;
    private final Event<AccountOpened> opened;
    private final Event<AccountChanged> changed;
    private final Event<OwnershipChanged> ownerChanged;
    private final PlanEnforcement plan;

    @Inject
    public AccountService(AccountRepository accounts, CurrentPrincipal caller, UserDirectory users,
            RecordAccess access, Audit audit, Ownership ownership, Clock clock,
            Event<AccountOpened> opened, Event<AccountChanged> changed, Event<OwnershipChanged> ownerChanged,
            PlanEnforcement plan) {
        this.accounts = accounts;
        this.caller = caller;
        this.users = users;
        this.access = access;
        this.audit = audit;
        this.ownership = ownership;
        this.clock = clock;
        this.opened = opened;
        this.changed = changed;
        this.ownerChanged = ownerChanged;
        this.plan = plan;
    }

    /** For CDI's proxy only. */
    protected AccountService() {
        this(null, null, null, null, null, null, null, null, null, null, null);
    }

    public Page<AccountView, AccountCursor> list(AccountQuery query) {
        List<Account> rows = accounts.page(query.seenBy(access.viewer(Account.OBJECT_TYPE)));
        return Page.of(rows, query.limit().value(), last -> AccountCursor.after(last, query.sort()),
                this::views);
    }

    public AccountView find(AccountId id) {
        return view(readable(id));
    }

    /** Those of these accounts the caller may read, in one query, in no particular order. */
    public List<AccountView> findAll(Collection<AccountId> ids) {
        List<Account> found = accounts.readable(ids, access.viewer(Account.OBJECT_TYPE));
        return found.isEmpty() ? List.of() : views(found);
    }

    public AccountView open(AccountChange change) {
        Principal me = caller.require();
        me.require(Permission.CUSTOMER_CREATE);
        plan.allowCustomers(1);
        UserId owner = ownership.ownerForNew(change.owner());
        Account account = new Account(new AccountId(Ids.newId()), change.details(), owner, me.userId(), now());
        accounts.add(account);
        flush(); // the insert sets the stored version, which the answer's ETag must carry
        audit.created(ENTITY, account.id().value(), "owner " + owner);
        opened.fire(new AccountOpened(me.tenantId(), me.userId(), account.createdAt(), account.id(), change.details()
                .name(), owner));
        return view(account);
    }

    public AccountView edit(AccountId id, ExpectedVersion expected, Function<AccountView, AccountChange> edit) {
        Account account = editable(id);
        expected.check(account.version(), ENTITY);
        AccountChange change = edit.apply(view(account));
        String changes = Changes.between(account.details(), change.details());
        account.update(change.details(), now());
        Optional<UserId> newOwner = change.owner().filter(o -> !o.equals(account.owner()));
        UserId previousOwner = account.owner();
        newOwner.ifPresent(o -> {
            ownership.requireMayReassign(previousOwner, o);
            account.reassign(o, now());
        });
        AccountView updated = flushed(account);
        audit.updated(ENTITY, id.value(), changes);
        newOwner.ifPresent(o -> audit.record("TRANSFER", ENTITY, id.value(), "owner " + previousOwner + " to " + o));
        Principal me = caller.require();
        changed.fire(new AccountChanged(me.tenantId(), me.userId(), now(), id, change.details().name(), false));
        newOwner.ifPresent(o -> ownerChanged.fire(new OwnershipChanged(me.tenantId(), me.userId(), now(), ENTITY,
                id.value(), id.value(), previousOwner, o, "EDIT")));
        return updated;
    }

    public void close(AccountId id, ExpectedVersion expected) {
        Account account = editable(id);
        expected.check(account.version(), ENTITY);
        accounts.remove(account);
        flush();
        audit.deleted(ENTITY, id.value(), "owner " + account.owner());
        changed.fire(new AccountChanged(caller.require().tenantId(), caller.require().userId(), now(), id,
                account.details().name(), true));
    }

    /**
     * Opens many accounts owned by the caller in this transaction (all or none), with one audit entry for the lot.
     * Creation times are a microsecond apart, so the list keeps the file's order among them.
     */
    public int openAll(List<AccountDetails> rows, String source) {
        Principal me = caller.require();
        me.require(Permission.CUSTOMER_CREATE);
        plan.allowCustomers(rows.size());
        Instant start = now();
        int count = 0;
        for (AccountDetails details : rows) {
            accounts.add(new Account(new AccountId(Ids.newId()), details, me.userId(), me.userId(),
                    start.plusNanos(1000L * count)));
            if (++count % 500 == 0) {
                accounts.flushAndForget();
            }
        }
        accounts.flushAndForget();
        audit.record("IMPORT", ENTITY, me.tenantId().value(), count + " accounts from " + source);
        return count;
    }

    /** Accounts named exactly {@code name} that the caller may edit. */
    public Map<String, List<AccountId>> editableNamed(Collection<String> names) {
        Map<String, List<AccountId>> named = accounts.idsNamed(names);
        Set<AccountId> editable = editableAmong(named.values().stream().flatMap(List::stream).toList());
        Map<String, List<AccountId>> result = new HashMap<>();
        named.forEach((name, ids) -> {
            List<AccountId> mine = ids.stream().filter(editable::contains).toList();
            if (!mine.isEmpty()) {
                result.put(name, mine);
            }
        });
        return result;
    }

    /**
     * Those of these accounts the caller may edit (not those they may only read, nor those they may not see), checked
     * together: an import's thousands of customers take a few queries, not a few each.
     */
    public Set<AccountId> editableAmong(Collection<AccountId> ids) {
        return permits(ids).entrySet().stream().filter(e -> e.getValue().mayEdit()).map(e -> new AccountId(e.getKey()))
                .collect(Collectors.toSet());
    }

    /** As {@link #permitToEdit} for each of these accounts, checked together; refused at the first not editable. */
    public void permitToEditAll(Collection<AccountId> ids) {
        Map<UUID, Permit> permits = permits(ids);
        for (AccountId id : ids) {
            Optional.ofNullable(permits.get(id.value())).orElseThrow(() -> new NotFoundException(ENTITY))
                    .requireEdit();
        }
    }

    private Map<UUID, Permit> permits(Collection<AccountId> ids) {
        return access.findAll(Account.OBJECT_TYPE, accounts.withIds(ids).stream().map(Account::ref).toList());
    }

    /** Which of these accounts the caller may read, in one query. */
    public Set<AccountId> readableAmong(Collection<AccountId> ids) {
        return accounts.readableAmong(ids, access.viewer(Account.OBJECT_TYPE));
    }

    /**
     * What the caller may do with the account: not found when they may not see it. Contacts, opportunities, footprints
     * and the account's team and shares ask here.
     */
    public Permit permit(AccountId id) {
        return access.permit(load(id).ref());
    }

    /** As {@link #permit}; forbidden when the caller may only read the account. */
    public Permit permitToEdit(AccountId id) {
        return access.permitToEdit(load(id).ref());
    }

    private Account load(AccountId id) {
        return accounts.find(id).orElseThrow(() -> new NotFoundException(ENTITY));
    }

    private Account readable(AccountId id) {
        Account account = load(id);
        access.permit(account.ref());
        return account;
    }

    private Account editable(AccountId id) {
        Account account = load(id);
        access.permitToEdit(account.ref());
        return account;
    }

    /** Writes now, so a concurrent edit surfaces as a stale version here rather than as an error at commit. */
    private AccountView flushed(Account account) {
        flush();
        return view(account);
    }

    private void flush() {
        StaleVersionException.onConflict(accounts::flush, ENTITY);
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
                a.lifetimeValues(), a.createdAt(), a.updatedAt(), a.version())).toList();
    }
}
