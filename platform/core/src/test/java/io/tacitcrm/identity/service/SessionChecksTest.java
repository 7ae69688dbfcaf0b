package io.tacitcrm.identity.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.identity.domain.EmailAddress;
import io.tacitcrm.identity.domain.Grants;
import io.tacitcrm.identity.domain.SessionFacts;
import io.tacitcrm.identity.domain.SessionLookup;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.service.TenantContext;
import io.tacitcrm.testing.MovableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SessionChecksTest {

    private static final TenantId TENANT = new TenantId(UUID.randomUUID());
    private static final UserId USER = new UserId(UUID.randomUUID());
    private static final String TOKEN = "hash-of-a-token";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-30T08:00:00Z"));
    private final Sessions sessions = new Sessions();
    private final SessionCache cache = new SessionCache();
    private long revision = 7;
    private final SessionChecks checks = new SessionChecks(sessions, new Principals(), cache, () -> revision, clock);

    @Test
    void a_session_read_once_is_found_in_the_cache_until_its_token_expires() {
        sessions.put(facts("Liu Yang", 7, Optional.empty(), Optional.of(clock.instant().plus(Duration.ofHours(1)))));

        Principal read = checks.read(TENANT, TOKEN).orElseThrow();

        assertEquals(Optional.of(read), cache.find(TOKEN, clock.instant()));
        clock.advance(Duration.ofHours(1));
        assertEquals(Optional.empty(), cache.find(TOKEN, clock.instant()));
    }

    @Test
    void a_revoked_or_unknown_token_is_not_kept() {
        sessions.put(facts("Liu Yang", 7, Optional.of(clock.instant())));

        assertEquals(Optional.empty(), checks.read(TENANT, TOKEN));
        assertEquals(Optional.empty(), checks.read(TENANT, "another"));
        assertEquals(Optional.empty(), cache.find(TOKEN, clock.instant()));
    }

    @Test
    void a_cached_principal_at_the_current_revision_is_confirmed_without_reading_the_session() {
        sessions.put(facts("Liu Yang", 7, Optional.empty()));
        Principal cached = checks.read(TENANT, TOKEN).orElseThrow();
        int reads = sessions.reads;

        assertSame(cached, checks.confirm(cached, TOKEN));
        assertEquals(reads, sessions.reads);
    }

    @Test
    void when_the_revision_moved_the_principal_is_read_afresh_and_kept() {
        sessions.put(facts("Liu Yang", 7, Optional.empty()));
        Principal cached = checks.read(TENANT, TOKEN).orElseThrow();
        sessions.put(facts("Liu Yang (Shanghai)", 8, Optional.empty()));
        revision = 8;

        Principal confirmed = checks.confirm(cached, TOKEN);

        assertEquals("Liu Yang (Shanghai)", confirmed.name());
        assertEquals(Optional.of(confirmed), cache.find(TOKEN, clock.instant()));
    }

    @Test
    void a_token_revoked_since_it_was_cached_ends_the_request_and_leaves_the_cache() {
        sessions.put(facts("Liu Yang", 7, Optional.empty()));
        Principal cached = checks.read(TENANT, TOKEN).orElseThrow();
        sessions.put(facts("Liu Yang", 8, Optional.of(clock.instant())));
        revision = 8;

        assertThrows(SessionEndedException.class, () -> checks.confirm(cached, TOKEN));
        assertTrue(cache.find(TOKEN, clock.instant()).isEmpty());
    }

    @Test
    void no_entry_outlives_the_maximum_age_even_unexpired() {
        sessions.put(facts("Liu Yang", 7, Optional.empty()));
        checks.read(TENANT, TOKEN);

        clock.advance(SessionCache.MAX_AGE.plusSeconds(1));

        assertEquals(Optional.empty(), cache.find(TOKEN, clock.instant()));
    }

    @Test
    void a_principal_used_outside_the_session_checks_cannot_be_taken_from_the_cache() {
        CurrentPrincipal outsideCdi = new CurrentPrincipal(new TenantContext());
        sessions.put(facts("Liu Yang", 7, Optional.empty()));
        Principal cached = checks.read(TENANT, TOKEN).orElseThrow();

        assertThrows(IllegalStateException.class, () -> outsideCdi.establishCached(cached, TOKEN));
    }

    private static SessionFacts facts(String name, long revision, Optional<Instant> revokedAt) {
        return facts(name, revision, revokedAt, Optional.empty());
    }

    private static SessionFacts facts(String name, long revision, Optional<Instant> revokedAt,
            Optional<Instant> expiresAt) {
        return new SessionFacts(USER, name, EmailAddress.parse("liu.yang@yunfan.example"), true, "zh-CN",
                Optional.empty(), Optional.empty(), 0, Grants.NONE, Set.of(), "yunfan", true, revision,
                expiresAt, revokedAt, false);
    }

    /** The database's sessions: the facts of {@link #TOKEN}, counting reads. */
    private static final class Sessions implements SessionLookup {

        private final Map<String, SessionFacts> byHash = new HashMap<>();
        private int reads;

        void put(SessionFacts facts) {
            byHash.put(TOKEN, facts);
        }

        @Override
        public Optional<SessionFacts> byTokenHash(String secretHash) {
            reads++;
            return Optional.ofNullable(byHash.get(secretHash));
        }

        @Override
        public Optional<SessionFacts> byUser(UserId user, Instant signedInAt) {
            return Optional.empty();
        }
    }
}
