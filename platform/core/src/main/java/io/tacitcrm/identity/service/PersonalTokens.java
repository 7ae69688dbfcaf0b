package io.tacitcrm.identity.service;

import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.identity.domain.ApiToken;
import io.tacitcrm.identity.domain.ApiTokenRepository;
import io.tacitcrm.identity.domain.TokenKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A user's own API tokens for scripts and integrations: created with a name and an optional end (the secret shown
 * once), listed, revoked. Every user may keep some; nobody sees or revokes another's. A token works like a login
 * session of its owner, with the owner's permissions as they are at each request, and stops with the owner's
 * deactivation.
 */
@ApplicationScoped
@Transactional
public class PersonalTokens {

    /** Working tokens one user may hold. */
    static final int MOST = 20;
    static final int LONGEST_NAME = 100;
    static final Duration LONGEST_LIFE = Duration.ofDays(366);
    private static final String ENTITY = "api_token";

    private final ApiTokenRepository tokens;
    private final CurrentPrincipal caller;
    private final Clock clock;
    private final Event<IdentityChanged> changed;

    @Inject
    public PersonalTokens(ApiTokenRepository tokens, CurrentPrincipal caller, Clock clock,
            Event<IdentityChanged> changed) {
        this.tokens = tokens;
        this.caller = caller;
        this.clock = clock;
        this.changed = changed;
    }

    /** For CDI's proxy only. */
    protected PersonalTokens() {
        this(null, null, null, null);
    }

    /** The caller's tokens that are not revoked, newest first; expired ones say so. */
    public List<PersonalToken> mine() {
        Principal me = caller.require();
        Instant now = clock.instant();
        return tokens.personalOf(me.userId()).stream().map(t -> PersonalToken.of(t, now)).toList();
    }

    public CreatedToken create(PersonalTokenRequest request) {
        Principal me = SignedIn.require(caller, tokens);
        // as the database keeps them, so the answer to the creation reads the same as every later listing
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<Instant> end = request.expiresAt().map(e -> e.truncatedTo(ChronoUnit.SECONDS));
        String name = valid(request.name(), end, now);
        long working = tokens.personalOf(me.userId()).stream().filter(t -> t.isValidAt(now)).count();
        if (working >= MOST) {
            throw new ConflictException("name", "token.too-many", "You already have " + MOST
                    + " working tokens; revoke one you no longer use first.");
        }
        BearerToken secret = BearerToken.generate(me.tenantId());
        ApiToken token = new ApiToken(Ids.newId(), me.userId(), TokenKind.PERSONAL, name, secret.hash(), now, end);
        tokens.add(token);
        changed.fire(new IdentityChanged("TOKEN_CREATED", ENTITY, token.id(), name));
        return new CreatedToken(PersonalToken.of(token, now), secret.value());
    }

    /** Revokes one of the caller's tokens; another's, or a login session, is answered as unknown. */
    public void revoke(UUID id) {
        Principal me = SignedIn.require(caller, tokens);
        ApiToken token = tokens.find(id).filter(t -> t.kind() == TokenKind.PERSONAL && t.user().equals(me.userId()))
                .filter(t -> t.revokedAt().isEmpty()).orElseThrow(() -> new NotFoundException(ENTITY));
        token.revoke(clock.instant());
        changed.fire(new IdentityChanged("TOKEN_REVOKED", ENTITY, token.id(), token.name()));
    }

    /** The name to keep; every refusal of the name or of the end (as it will be kept) at once. */
    private static String valid(String requested, Optional<Instant> end, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        String name = Optional.ofNullable(requested).map(String::strip).orElse("");
        if (name.isEmpty()) {
            errors.add(new FieldError("name", "token.name-required", "Name the token after what will use it."));
        } else if (name.length() > LONGEST_NAME) {
            errors.add(new FieldError("name", "token.name-too-long", "At most " + LONGEST_NAME + " characters."));
        } else if (name.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("name", "token.name-control", "The name may not contain control characters."));
        }
        end.ifPresent(last -> {
            if (!last.isAfter(now)) {
                errors.add(new FieldError("expiresAt", "token.expiry-past", "The end must be in the future."));
            } else if (last.isAfter(now.plus(LONGEST_LIFE))) {
                errors.add(new FieldError("expiresAt", "token.expiry-too-far", "At most "
                        + LONGEST_LIFE.toDays() + " days from now."));
            }
        });
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return name;
    }
}
