package io.tacitcrm.transfer.service;

import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.transfer.domain.Pool;
import io.tacitcrm.transfer.domain.PoolPolicy;
import io.tacitcrm.transfer.domain.PooledCustomer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The pool over a few customers held in maps: who owns each, when it was last tended, and whether it is pooled. */
final class InMemoryPool implements Pool {

    private record Customer(UserId owner, Instant lastTended, Optional<Instant> pooledAt) {
    }

    private record Claim(UserId rep, Instant at) {
    }

    private final Map<AccountId, Customer> customers = new HashMap<>();
    private final List<Claim> claims = new ArrayList<>();
    private PoolPolicy policy = PoolPolicy.OFF;

    /** A customer of {@code owner}, last tended then. */
    void tended(AccountId account, UserId owner, Instant lastTended) {
        customers.put(account, new Customer(owner, lastTended, Optional.empty()));
    }

    Optional<UserId> ownerOf(AccountId account) {
        return Optional.ofNullable(customers.get(account)).filter(c -> c.pooledAt().isEmpty()).map(Customer::owner);
    }

    boolean pooled(AccountId account) {
        return customers.get(account).pooledAt().isPresent();
    }

    @Override
    public PoolPolicy policy() {
        return policy;
    }

    @Override
    public boolean savePolicy(PoolPolicy changed, long expectedVersion) {
        if (expectedVersion != policy.version()) {
            return false;
        }
        policy = new PoolPolicy(changed.idleDays(), changed.claimCap(), policy.version() + 1);
        return true;
    }

    @Override
    public int sweep(Instant cutoff, Instant now) {
        int returned = 0;
        for (var entry : customers.entrySet()) {
            Customer c = entry.getValue();
            if (c.pooledAt().isEmpty() && c.lastTended().isBefore(cutoff)) {
                entry.setValue(new Customer(c.owner(), c.lastTended(), Optional.of(now)));
                returned++;
            }
        }
        return returned;
    }

    @Override
    public List<PooledCustomer> page(Optional<PoolCursor> after, int limit) {
        return customers.entrySet().stream().filter(e -> e.getValue().pooledAt().isPresent())
                .map(e -> new PooledCustomer(e.getKey(), "Customer", Optional.empty(), Optional.empty(),
                        Optional.empty(), e.getValue().pooledAt().get(), e.getValue().owner(), "", Optional.empty()))
                .sorted(Comparator.comparing(PooledCustomer::pooledAt).reversed()).limit(limit).toList();
    }

    @Override
    public void lockClaimsOf(UserId rep) {
        // one thread in a unit test: nothing to serialise
    }

    @Override
    public int claimsSince(UserId rep, Instant since) {
        return (int) claims.stream().filter(c -> c.rep().equals(rep) && !c.at().isBefore(since)).count();
    }

    @Override
    public Optional<UserId> claim(AccountId account, UserId rep, Instant now) {
        Customer c = customers.get(account);
        if (c == null || c.pooledAt().isEmpty()) {
            return Optional.empty();
        }
        customers.put(account, new Customer(rep, now, Optional.empty()));
        claims.add(new Claim(rep, now));
        return Optional.of(c.owner());
    }
}
