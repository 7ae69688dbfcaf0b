package io.tacitcrm.identity.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tacitcrm.common.domain.AccessDeniedException;
import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.identity.domain.ApiToken;
import io.tacitcrm.identity.domain.TokenKind;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.testing.Callers;
import io.tacitcrm.testing.MovableClock;
import io.tacitcrm.testing.RecordedEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PersonalTokensTest {

    private final InMemoryTokens store = new InMemoryTokens();
    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final RecordedEvents<IdentityChanged> changes = new RecordedEvents<>();
    private final UserId me = Callers.someone();
    private final PersonalTokens mine = tokensOf(me);

    private PersonalTokens tokensOf(UserId user) {
        return new PersonalTokens(store, Callers.signedIn(user), clock, changes);
    }

    @Test
    void a_new_token_is_shown_once_with_its_secret_then_listed_without_it_and_only_its_hash_is_kept() {
        CreatedToken created = mine.create(new PersonalTokenRequest("  Nightly export  ", Optional.empty()));

        assertTrue(BearerToken.parse(created.secret()).isPresent(), created.secret());
        assertEquals(List.of(created.token()), mine.mine());
        assertEquals("Nightly export", created.token().name());
        ApiToken kept = store.tokens.get(created.token().id());
        assertEquals(BearerToken.parse(created.secret()).orElseThrow().hash(), kept.secretHash());
        assertEquals(TokenKind.PERSONAL, kept.kind());
        assertEquals(List.of("TOKEN_CREATED"), changes.fired().stream().map(IdentityChanged::action).toList());
    }

    @Test
    void a_nameless_overlong_or_control_character_name_and_a_past_or_too_far_end_are_refused_field_by_field() {
        InvalidInputException invalid = assertThrows(InvalidInputException.class, () -> mine.create(
                new PersonalTokenRequest(" ", Optional.of(clock.instant().minusSeconds(1)))));
        assertEquals(List.of("token.name-required", "token.expiry-past"), codes(invalid));
        invalid = assertThrows(InvalidInputException.class, () -> mine.create(new PersonalTokenRequest(
                "x".repeat(101), Optional.of(clock.instant().plus(Duration.ofDays(367))))));
        assertEquals(List.of("token.name-too-long", "token.expiry-too-far"), codes(invalid));
        invalid = assertThrows(InvalidInputException.class, () -> mine.create(new PersonalTokenRequest(
                "bad\u0007name", Optional.empty())));
        assertEquals(List.of("token.name-control"), codes(invalid));
        assertTrue(store.tokens.isEmpty());
    }

    @Test
    void an_expired_token_is_listed_as_expired_and_does_not_count_against_the_limit() {
        mine.create(new PersonalTokenRequest("short", Optional.of(clock.instant().plus(Duration.ofHours(1)))));
        for (int i = 1; i < PersonalTokens.MOST; i++) {
            mine.create(new PersonalTokenRequest("token " + i, Optional.empty()));
        }
        ConflictException tooMany = assertThrows(ConflictException.class,
                () -> mine.create(new PersonalTokenRequest("one more", Optional.empty())));
        assertEquals("token.too-many", tooMany.code());

        clock.advance(Duration.ofHours(2));
        assertTrue(mine.mine().stream().filter(t -> t.name().equals("short")).findFirst().orElseThrow().expired());
        mine.create(new PersonalTokenRequest("one more", Optional.empty()));
    }

    @Test
    void a_revoked_token_leaves_the_list_and_another_users_token_or_a_session_cannot_be_revoked() {
        CreatedToken created = mine.create(new PersonalTokenRequest("CI", Optional.empty()));
        PersonalTokens someoneElse = tokensOf(Callers.someone());
        UUID id = created.token().id();
        assertThrows(NotFoundException.class, () -> someoneElse.revoke(id));
        ApiToken session = new ApiToken(UUID.randomUUID(), me, TokenKind.SESSION, "session", "h", clock.instant(),
                Optional.empty());
        store.add(session);
        assertThrows(NotFoundException.class, () -> mine.revoke(session.id()));

        mine.revoke(id);
        assertTrue(mine.mine().isEmpty());
        assertFalse(store.tokens.get(id).isValidAt(clock.instant()));
        assertThrows(NotFoundException.class, () -> mine.revoke(id));
    }

    @Test
    void a_request_made_with_a_personal_token_may_list_tokens_but_neither_make_nor_revoke_one() {
        CreatedToken created = mine.create(new PersonalTokenRequest("CI", Optional.empty()));
        CurrentPrincipal viaToken = Callers.signedIn(me);
        viaToken.establishByToken(viaToken.require(), store.tokens.get(created.token().id()).secretHash());
        PersonalTokens script = new PersonalTokens(store, viaToken, clock, changes);

        assertEquals(1, script.mine().size());
        AccessDeniedException refused = assertThrows(AccessDeniedException.class,
                () -> script.create(new PersonalTokenRequest("successor", Optional.empty())));
        assertEquals("token.signed-in-only", refused.code());
        assertThrows(AccessDeniedException.class, () -> script.revoke(created.token().id()));
        assertEquals(1, mine.mine().size());
    }

    private static List<String> codes(InvalidInputException invalid) {
        return invalid.errors().stream().map(FieldError::code).toList();
    }
}
