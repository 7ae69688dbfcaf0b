package io.tacitcrm.identity.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.common.domain.AccessDeniedException;
import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.service.AccountLinks.Letter;
import io.tacitcrm.tenancy.domain.Tenant;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.domain.TenantRepository;
import io.tacitcrm.tenancy.domain.WorkspaceSlug;
import io.tacitcrm.tenancy.service.TenantContext;
import io.tacitcrm.testing.Callers;
import io.tacitcrm.testing.MovableClock;
import io.tacitcrm.testing.RecordedEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordResetsTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final InMemoryDirectory directory = new InMemoryDirectory();
    private final UserId mei = directory.user("Mei");
    private final UserId admin = directory.user("Boss");
    private final Tenant acme = new Tenant(Callers.TENANT, WorkspaceSlug.parse("acme"), "ACME", Locale.ENGLISH,
            Instant.EPOCH);
    private final RecordingLinks links = new RecordingLinks();
    private final RecordedEvents<IdentityChanged> changes = new RecordedEvents<>();
    private final TenantContext tenantContext = new TenantContext();

    private PasswordResets resets(UserId caller, Permission... permissions) {
        return new PasswordResets(tenants(), tenantContext, directory.userRepository, links,
                new RequestQuota(clock), Callers.signedIn(caller, permissions), changes);
    }

    private TenantRepository tenants() {
        return new TenantRepository() {
            @Override
            public Optional<Tenant> find(TenantId id) {
                return Optional.of(acme).filter(t -> t.id().equals(id));
            }

            @Override
            public Optional<Tenant> findBySlug(WorkspaceSlug slug) {
                return Optional.of(acme).filter(t -> t.slug().equals(slug));
            }

            @Override
            public boolean add(Tenant tenant) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void recordSignIn(TenantId id, Instant at) {
                // not asked here
            }

            @Override
            public List<TenantId> activeIds() {
                return List.of(acme.id());
            }

            @Override
            public Map<TenantId, Long> activeRevisions() {
                return Map.of(acme.id(), 0L);
            }

            @Override
            public long accessRevision(TenantId id) {
                return 0;
            }
        };
    }

    @Test
    void a_real_account_gets_a_link_and_an_unknown_one_none_with_the_same_silent_answer() {
        PasswordResets resets = resets(admin);
        resets.request(new ResetRequest(" ACME ", "MEI@test.example"), "10.0.0.1");
        resets.request(new ResetRequest("acme", "nobody@test.example"), "10.0.0.1");
        resets.request(new ResetRequest("elsewhere", "mei@test.example"), "10.0.0.1");
        resets.request(new ResetRequest("not a workspace!", "not an address"), "10.0.0.1");

        assertEquals(List.of(Letter.PASSWORD_RESET), links.sent.stream().map(RecordingLinks.Sent::letter).toList());
        assertEquals(mei, links.sent.getFirst().user().id());
        assertEquals(Callers.TENANT, tenantContext.require(), "the link is made in the account's workspace");
    }

    @Test
    void an_account_gets_three_mails_an_hour_whoever_asks_and_the_fourth_request_is_answered_alike() {
        PasswordResets resets = resets(admin);
        for (int i = 0; i < 4; i++) {
            resets.request(new ResetRequest("acme", "mei@test.example"), "10.0.0." + i);
        }
        assertEquals(PasswordResets.PER_ACCOUNT, links.sent.size());
        clock.advance(Duration.ofHours(1));
        resets.request(new ResetRequest("acme", "mei@test.example"), "10.0.0.9");
        assertEquals(PasswordResets.PER_ACCOUNT + 1, links.sent.size());
    }

    @Test
    void one_address_asking_too_often_is_refused_whatever_account_it_names_and_a_deactivated_user_gets_nothing() {
        PasswordResets resets = resets(admin);
        directory.users.get(mei).deactivate(clock.instant());
        for (int i = 0; i < PasswordResets.PER_ADDRESS; i++) {
            resets.request(new ResetRequest("acme", "guess" + i + "@test.example"), "10.9.9.9");
        }
        TooManyAttemptsException refused = assertThrows(TooManyAttemptsException.class,
                () -> resets.request(new ResetRequest("acme", "mei@test.example"), "10.9.9.9"));
        assertEquals("password-reset.throttled", refused.code());
        resets.request(new ResetRequest("acme", "mei@test.example"), "10.1.1.1");
        assertTrue(links.sent.isEmpty());
    }

    @Test
    void an_administrator_has_a_day_long_link_sent_naming_them_which_nobody_else_may_and_not_to_a_deactivated_user() {
        resets(admin, Permission.USERS_MANAGE).sendByAdministrator(mei);
        RecordingLinks.Sent sent = links.sent.getFirst();
        assertEquals(Letter.PASSWORD_RESET_BY_ADMIN, sent.letter());
        assertEquals(Duration.ofHours(24), sent.validity());
        assertTrue(sent.values().get("inviter").startsWith("User "), sent.values()::toString);
        assertEquals(List.of("PASSWORD_RESET_SENT"), changes.fired().stream().map(IdentityChanged::action).toList());

        assertThrows(AccessDeniedException.class, () -> resets(mei).sendByAdministrator(admin));
        directory.users.get(mei).deactivate(clock.instant());
        assertThrows(ConflictException.class, () -> resets(admin, Permission.USERS_MANAGE).sendByAdministrator(mei));
        assertEquals(1, links.sent.size());
    }
}
