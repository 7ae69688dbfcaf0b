package io.tacitcrm.transfer.service;

import io.tacitcrm.audit.service.Audit;
import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.Page;
import io.tacitcrm.common.domain.PageLimit;
import io.tacitcrm.common.domain.StaleVersionException;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.OwnershipChanged;
import io.tacitcrm.transfer.domain.Pool;
import io.tacitcrm.transfer.domain.PoolPolicy;
import io.tacitcrm.transfer.domain.PooledCustomer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The public pool: when a tenant turns it on, customers nobody has tended for its number of days return there — their
 * last owner no longer holds them (managers above still see them) — and any rep may claim one, up to the cap in any
 * 30 days. Every sweep and claim is audited. Holders of sharing.manage set the policy.
 */
@ApplicationScoped
@Transactional
public class PublicPool {

    static final int CLAIM_WINDOW_DAYS = 30;

    private final Pool pool;
    private final CurrentPrincipal caller;
    private final Audit audit;
    private final Clock clock;
    private final Event<OwnershipChanged> ownerChanged;

    @Inject
    public PublicPool(Pool pool, CurrentPrincipal caller, Audit audit, Clock clock,
            Event<OwnershipChanged> ownerChanged) {
        this.pool = pool;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
        this.ownerChanged = ownerChanged;
    }

    /** For CDI's proxy only. */
    protected PublicPool() {
        this(null, null, null, null, null);
    }

    public PoolPolicy policy() {
        caller.require();
        return pool.policy();
    }

    public PoolPolicy changePolicy(Optional<Integer> idleDays, int claimCap, long expectedVersion) {
        caller.require().require(Permission.SHARING_MANAGE);
        List<FieldError> errors = new ArrayList<>();
        idleDays.filter(d -> d < 1 || d > 3650).ifPresent(d -> errors.add(new FieldError("idleDays", "range",
                "must be between 1 and 3650")));
        if (claimCap < 1 || claimCap > 10_000) {
            errors.add(new FieldError("claimCap", "range", "must be between 1 and 10000"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!pool.savePolicy(new PoolPolicy(idleDays, claimCap, expectedVersion), expectedVersion)) {
            throw new StaleVersionException("pool policy");
        }
        audit.recordWithoutEntity("POOL_POLICY", "pool", "idleDays " + idleDays.map(String::valueOf).orElse("off")
                + ", claimCap " + claimCap);
        return pool.policy();
    }

    /** Returns untended customers to the pool now (the scheduler does it every few hours; administrators may too). */
    public int sweepNow() {
        caller.require().require(Permission.SHARING_MANAGE);
        return sweep();
    }

    /** The sweep itself, for the scheduler too (no caller): nothing when the pool is off. */
    int sweep() {
        PoolPolicy policy = pool.policy();
        if (!policy.on()) {
            return 0;
        }
        Instant now = clock.instant();
        int returned = pool.sweep(now.minus(policy.idleDays().get(), ChronoUnit.DAYS), now);
        if (returned > 0) {
            audit.recordWithoutEntity("POOL_RETURN", "pool", returned + " customers without a footprint for "
                    + policy.idleDays().get() + " days");
        }
        return returned;
    }

    /** Pooled customers, most recently pooled first; anyone in the workspace may look before claiming. */
    public Page<PooledCustomer, Pool.PoolCursor> page(Optional<Pool.PoolCursor> after, PageLimit limit) {
        caller.require();
        List<PooledCustomer> rows = pool.page(after, limit.value() + 1);
        return Page.of(rows, limit.value(), Pool.PoolCursor::after, page -> page);
    }

    public void claim(AccountId account) {
        UserId me = caller.require().userId();
        PoolPolicy policy = pool.policy();
        Instant now = clock.instant();
        pool.lockClaimsOf(me);
        if (pool.claimsSince(me, now.minus(CLAIM_WINDOW_DAYS, ChronoUnit.DAYS)) >= policy.claimCap()) {
            throw new ConflictException("id", "pool.cap-reached", "You have claimed " + policy.claimCap()
                    + " customers from the pool in the last " + CLAIM_WINDOW_DAYS + " days, the most allowed.");
        }
        UserId previous = pool.claim(account, me, now).orElseThrow(() -> new ConflictException("id",
                "pool.not-pooled", "This customer is not in the pool (any more)."));
        audit.record("POOL_CLAIM", "account", account.value(), "claimed by " + me);
        ownerChanged.fire(new OwnershipChanged(caller.require().tenantId(), me, now, "account", account.value(),
                account.value(), previous, me, "POOL_CLAIM"));
    }
}
