package io.tacitcrm.ops.service;

import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.identity.domain.PasswordHasher;
import io.tacitcrm.identity.service.LoginThrottle;
import io.tacitcrm.ops.domain.Operator;
import io.tacitcrm.ops.domain.OperatorId;
import io.tacitcrm.ops.domain.OperatorRepository;
import io.tacitcrm.ops.domain.OperatorToken;
import io.tacitcrm.ops.domain.TotpSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signing operators in: the password and a code of the second factor, always both. An operator without a confirmed
 * second factor first enrols one (with the password), and the first code accepted confirms it. Guessing is slowed
 * as for tenant users, under a key no workspace can have.
 */
@ApplicationScoped
@Transactional
public class OperatorSignIn {

    /** The throttle's "workspace" for operators: no workspace name has a '#'. */
    static final String REALM = "#operators";
    static final String ISSUER = "Tacit CRM operators";

    private final OperatorRepository operators;
    private final OperatorAudit audit;
    private final CurrentOperator current;
    private final LoginThrottle throttle;
    private final PasswordHasher hasher;
    private final Clock clock;

    @Inject
    @ConfigProperty(name = "tacit.ops.session-minutes", defaultValue = "30")
    int sessionMinutes;

    @Inject
    public OperatorSignIn(OperatorRepository operators, OperatorAudit audit, CurrentOperator current,
            LoginThrottle throttle, Clock clock, PasswordHasher hasher) {
        this.operators = operators;
        this.audit = audit;
        this.current = current;
        this.throttle = throttle;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected OperatorSignIn() {
        this(null, null, null, null, null, null);
    }

    /** A new second factor for an operator who has none confirmed yet (a new one replaces an unconfirmed one). */
    public Enrolment enrol(String email, String password, String clientAddress) {
        Operator operator = checkPassword(email, password, clientAddress);
        if (operator.secondFactorConfirmed()) {
            throw new ConflictException("code", "ops.enrolled", "The second factor is already set up.");
        }
        TotpSecret secret = TotpSecret.generate();
        operator.enrol(secret);
        return new Enrolment(secret.base32(), secret.uri(ISSUER, operator.email()));
    }

    /** Checks the password and the code, and opens an API session for the operator. */
    public OperatorSession signIn(String email, String password, String code, String clientAddress) {
        OperatorPrincipal principal = verify(email, password, code, clientAddress);
        OperatorSecret secret = OperatorSecret.generate();
        Instant now = clock.instant();
        Instant expires = now.plus(sessionLength());
        operators.addToken(new OperatorToken(Ids.newId(), principal.id(), secret.hash(), now, expires));
        return new OperatorSession(secret.value(), expires, principal);
    }

    /** Checks the password and the code (the console keeps its own session, so it needs no token). */
    public OperatorPrincipal verify(String email, String password, String code, String clientAddress) {
        Operator operator = checkPassword(email, password, clientAddress);
        if (!operator.acceptCode(code, clock.instant())) {
            throttle.recordFailure(REALM, email, clientAddress);
            throw new OperatorSignInFailedException();
        }
        throttle.recordSuccess(REALM, email, clientAddress);
        OperatorPrincipal principal = OperatorPrincipal.of(operator);
        current.establish(principal);
        audit.record("SIGN_IN", Optional.empty(), "signed in from " + clientAddress);
        return principal;
    }

    /** The operator a presented secret stands for, while its session lasts and the operator is active. */
    public Optional<OperatorPrincipal> establish(String presented) {
        Instant now = clock.instant();
        Optional<OperatorPrincipal> found = OperatorSecret.parse(presented)
                .flatMap(secret -> operators.tokenByHash(secret.hash()))
                .filter(token -> token.isValidAt(now))
                .flatMap(token -> active(token.operator()));
        found.ifPresent(current::establish);
        return found;
    }

    /**
     * The console's session, checked on every request: the operator still active and the session, begun at
     * {@code signedInAt}, no older than a token's would be.
     */
    public Optional<OperatorPrincipal> resume(OperatorId id, Instant signedInAt) {
        if (!clock.instant().isBefore(signedInAt.plus(sessionLength()))) {
            return Optional.empty();
        }
        Optional<OperatorPrincipal> found = active(id);
        found.ifPresent(current::establish);
        return found;
    }

    private Optional<OperatorPrincipal> active(OperatorId id) {
        return operators.find(id).filter(Operator::isActive).map(OperatorPrincipal::of);
    }

    public void signOut(String presented) {
        OperatorSecret.parse(presented).flatMap(secret -> operators.tokenByHash(secret.hash()))
                .ifPresent(token -> token.revoke(clock.instant()));
    }

    /** How long a session lasts. */
    public Duration sessionLength() {
        return Duration.ofMinutes(sessionMinutes);
    }

    private Operator checkPassword(String email, String password, String clientAddress) {
        String address = email == null ? "" : email.strip();
        throttle.checkAllowed(REALM, address, clientAddress);
        Optional<Operator> operator = operators.findByEmail(address).filter(Operator::isActive);
        boolean matches = operator.map(o -> hasher.verify(password == null ? "" : password, o.passwordHash()))
                .orElseGet(() -> {
                    hasher.verifyDecoy(password == null ? "" : password);
                    return false;
                });
        if (!matches) {
            throttle.recordFailure(REALM, address, clientAddress);
            throw new OperatorSignInFailedException();
        }
        return operator.get();
    }
}
