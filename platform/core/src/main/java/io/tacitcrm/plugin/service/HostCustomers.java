package io.tacitcrm.plugin.service;

import io.tacitcrm.api.records.CustomerRecord;
import io.tacitcrm.api.records.Customers;
import io.tacitcrm.api.records.Page;
import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.customer.domain.AccountCursor;
import io.tacitcrm.customer.domain.AccountFilters;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.customer.domain.AccountQuery;
import io.tacitcrm.customer.domain.AccountSort;
import io.tacitcrm.customer.service.AccountService;
import io.tacitcrm.customer.service.AccountView;
import io.tacitcrm.identity.domain.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Customers for a plugin, through the same service (and visibility) as the application's own screens. */
record HostCustomers(PluginScope scope, PluginCaller caller, AccountService accounts) implements Customers {

    static final int MAX_VISIBLE = 1_000;

    @Override
    public Optional<CustomerRecord> find(UUID id) {
        return scope.find(caller, () -> record(accounts.find(new AccountId(id))));
    }

    @Override
    public List<CustomerRecord> search(String text, int limit) {
        AccountQuery query = new AccountQuery(Optional.of(text).filter(t -> !t.isBlank()), Optional.empty(),
                AccountSort.NEWEST, Optional.empty(), PageLimit.of(Math.clamp(limit, 1, 100)));
        return scope.as(caller, () -> accounts.list(query).items().stream().map(HostCustomers::record).toList());
    }

    @Override
    public Set<UUID> visible(Collection<UUID> ids) {
        requireAtMost(ids);
        return scope.as(caller, () -> accounts.readableAmong(ids.stream().distinct().map(AccountId::new).toList()))
                .stream().map(AccountId::value).collect(Collectors.toSet());
    }

    static void requireAtMost(Collection<UUID> ids) {
        if (ids.size() > MAX_VISIBLE) {
            throw new IllegalArgumentException("at most " + MAX_VISIBLE + " ids at once");
        }
    }

    static CustomerRecord record(AccountView a) {
        return new CustomerRecord(a.id().value(), a.details().name(), a.details().industry(), a.details().region(),
                a.ownerId().value(), a.ownerName());
    }

    @Override
    public Page<CustomerRecord> list(Optional<UUID> ownerId, Optional<String> cursor, int limit) {
        return page(new AccountQuery(Optional.empty(), ownerId.map(UserId::new), AccountSort.NEWEST,
                cursor.filter(c -> !c.isBlank()).map(c -> AccountCursor.decode(c, AccountSort.NEWEST)),
                PageLimit.clamped(limit)));
    }

    @Override
    public Page<CustomerRecord> changedSince(Instant since, Optional<String> cursor, int limit) {
        return page(new AccountQuery(Optional.empty(), Optional.empty(), AccountSort.NEWEST,
                cursor.filter(c -> !c.isBlank()).map(c -> AccountCursor.decode(c, AccountSort.NEWEST)),
                PageLimit.clamped(limit)).filtered(AccountFilters.changedSince(since)));
    }

    @Override
    public List<CustomerRecord> find(Collection<UUID> ids) {
        requireAtMost(ids);
        return scope.as(caller, () -> accounts.findAll(ids.stream().map(AccountId::new).toList()).stream()
                .map(HostCustomers::record).toList());
    }

    private Page<CustomerRecord> page(AccountQuery query) {
        return scope.as(caller, () -> {
            var page = accounts.list(query);
            return new Page<>(page.items().stream().map(HostCustomers::record).toList(), page.nextCursor());
        });
    }
}
