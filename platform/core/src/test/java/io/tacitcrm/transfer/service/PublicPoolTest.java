package io.tacitcrm.transfer.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.audit.service.Audit;
import io.tacitcrm.common.domain.AccessDeniedException;
import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.StaleVersionException;
import io.tacitcrm.customer.domain.AccountId;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.OwnershipChanged;
import io.tacitcrm.testing.Callers;
import io.tacitcrm.testing.InMemoryAuditLog;
import io.tacitcrm.testing.MovableClock;
import io.tacitcrm.testing.RecordedEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PublicPoolTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T08:00:00Z"));
    private final InMemoryPool pool = new InMemoryPool();
    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final RecordedEvents<OwnershipChanged> owners = new RecordedEvents<>();
    private final UserId previous = Callers.someone();
    private final UserId rep = Callers.someone();

    private PublicPool as(UserId user, Permission... permissions) {
        CurrentPrincipal caller = Callers.signedIn(user, permissions);
        return new PublicPool(pool, caller, new Audit(log, caller, clock), clock, owners);
    }

    private AccountId pooledCustomer() {
        AccountId account = new AccountId(UUID.randomUUID());
        pool.tended(account, previous, clock.instant().minus(Duration.ofDays(90)));
        return account;
    }

    private void poolOn(int idleDays, int cap) {
        as(Callers.someone(), Permission.SHARING_MANAGE).changePolicy(Optional.of(idleDays), cap,
                pool.policy().version());
    }

    @Test
    void a_rep_claims_a_pooled_customer_which_becomes_theirs_audited_and_announced() {
        AccountId account = pooledCustomer();
        poolOn(30, 5);
        assertEquals(1, as(Callers.someone(), Permission.SHARING_MANAGE).sweepNow());
        as(rep).claim(account);
        assertEquals(Optional.of(rep), pool.ownerOf(account));
        assertEquals(List.of("POOL_POLICY", "POOL_RETURN", "POOL_CLAIM"), log.actions());
        OwnershipChanged change = owners.fired().getFirst();
        assertEquals(previous, change.previous());
        assertEquals(rep, change.next());
    }

    @Test
    void a_rep_at_the_cap_is_refused_until_the_thirty_day_window_moves_on() {
        poolOn(30, 2);
        List<AccountId> accounts = List.of(pooledCustomer(), pooledCustomer(), pooledCustomer());
        as(Callers.someone(), Permission.SHARING_MANAGE).sweepNow();
        as(rep).claim(accounts.get(0));
        as(rep).claim(accounts.get(1));
        ConflictException refused = assertThrows(ConflictException.class, () -> as(rep).claim(accounts.get(2)));
        assertEquals("pool.cap-reached", refused.code());
        assertTrue(pool.pooled(accounts.get(2)), "the refused claim changed nothing");
        clock.advance(Duration.ofDays(PublicPool.CLAIM_WINDOW_DAYS).plusSeconds(1));
        as(rep).claim(accounts.get(2));
        assertEquals(Optional.of(rep), pool.ownerOf(accounts.get(2)));
    }

    @Test
    void a_customer_not_in_the_pool_cannot_be_claimed() {
        AccountId tended = new AccountId(UUID.randomUUID());
        pool.tended(tended, previous, clock.instant());
        poolOn(30, 5);
        as(Callers.someone(), Permission.SHARING_MANAGE).sweepNow();
        ConflictException refused = assertThrows(ConflictException.class, () -> as(rep).claim(tended));
        assertEquals("pool.not-pooled", refused.code());
        assertEquals(Optional.of(previous), pool.ownerOf(tended));
        assertTrue(owners.fired().isEmpty());
    }

    @Test
    void the_policy_needs_sharing_manage_and_names_each_field_out_of_range() {
        assertThrows(AccessDeniedException.class, () -> as(rep).changePolicy(Optional.of(30), 5, 0));
        InvalidInputException invalid = assertThrows(InvalidInputException.class,
                () -> as(rep, Permission.SHARING_MANAGE).changePolicy(Optional.of(0), 0, 0));
        assertEquals(List.of("idleDays", "claimCap"), invalid.errors().stream().map(FieldError::field).toList());
        assertTrue(log.actions().isEmpty());
    }

    @Test
    void a_policy_saved_over_someone_elses_change_is_stale() {
        poolOn(30, 5);
        assertThrows(StaleVersionException.class,
                () -> as(rep, Permission.SHARING_MANAGE).changePolicy(Optional.of(60), 5, 0));
        assertEquals(Optional.of(30), pool.policy().idleDays());
    }

    @Test
    void the_sweep_returns_only_untended_customers_and_nothing_while_the_pool_is_off() {
        AccountId untended = pooledCustomer();
        AccountId tended = new AccountId(UUID.randomUUID());
        pool.tended(tended, previous, clock.instant().minus(Duration.ofDays(10)));
        assertEquals(0, as(rep, Permission.SHARING_MANAGE).sweepNow());
        assertFalse(pool.pooled(untended));
        poolOn(30, 5);
        assertEquals(1, as(rep, Permission.SHARING_MANAGE).sweepNow());
        assertTrue(pool.pooled(untended));
        assertFalse(pool.pooled(tended));
    }
}
