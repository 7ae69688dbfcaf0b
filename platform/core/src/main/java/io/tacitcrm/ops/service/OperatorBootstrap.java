package io.tacitcrm.ops.service;

import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.infrastructure.PublicUrl;
import io.tacitcrm.identity.domain.PasswordHasher;
import io.tacitcrm.ops.domain.Operator;
import io.tacitcrm.ops.domain.OperatorId;
import io.tacitcrm.ops.domain.OperatorRepository;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first operator. Either configuration names one ({@code tacit.ops.email}, {@code tacit.ops.name} and
 * {@code tacit.ops.password-hash}, a PBKDF2 hash as {@code PasswordHasher} writes it), created at start when no
 * operator has that address; or, while there is no operator at all, a one-time bootstrap token
 * ({@code tacit.ops.bootstrap-token}, else a random one this server prints at start) lets whoever holds it create the
 * first one. Once an operator exists, the token opens nothing.
 */
@ApplicationScoped
@Transactional
public class OperatorBootstrap {

    private static final Logger LOG = Logger.getLogger(OperatorBootstrap.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OperatorRepository operators;
    private final OperatorAudit audit;
    private final PublicUrl publicUrl;
    private final Clock clock;
    private final PasswordHasher hasher;
    private final String token;

    @Inject
    @ConfigProperty(name = "tacit.ops.email")
    Optional<String> configuredEmail;
    @Inject
    @ConfigProperty(name = "tacit.ops.name", defaultValue = "Operator")
    String configuredName;
    @Inject
    @ConfigProperty(name = "tacit.ops.password-hash")
    Optional<String> configuredHash;

    @Inject
    public OperatorBootstrap(OperatorRepository operators, OperatorAudit audit, PublicUrl publicUrl, Clock clock,
            PasswordHasher hasher,
            @ConfigProperty(name = "tacit.ops.bootstrap-token") Optional<String> configuredToken) {
        this.operators = operators;
        this.audit = audit;
        this.publicUrl = publicUrl;
        this.clock = clock;
        this.hasher = hasher;
        this.token = configuredToken.filter(t -> t.strip().length() >= 20).map(String::strip).orElseGet(() -> {
            byte[] secret = new byte[24];
            RANDOM.nextBytes(secret);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        });
    }

    /** For CDI's proxy only. */
    protected OperatorBootstrap() {
        this.operators = null;
        this.audit = null;
        this.publicUrl = null;
        this.clock = null;
        this.hasher = null;
        this.token = null;
    }

    /** After the schema migrations (which observe the same event at the default priority). */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) @Initialized(ApplicationScoped.class)
            Object started, OperatorBootstrap self) {
        if (self.configureFirst() || !self.open()) {
            return;
        }
        LOG.warning(() -> "No operator yet. Create the first one at " + publicUrl.of("ops/bootstrap")
                + " with the one-time bootstrap token " + token + " (or POST /api/ops/v1/bootstrap).");
    }

    /** Creates the configured operator if there is one to create; true when configuration names one. */
    public boolean configureFirst() {
        if (configuredEmail.isEmpty() || configuredHash.isEmpty()) {
            return false;
        }
        String email = configuredEmail.get().strip().toLowerCase(Locale.ROOT);
        if (operators.findByEmail(email).isEmpty()) {
            operators.add(new Operator(new OperatorId(Ids.newId()), email, configuredName,
                    configuredHash.get().strip(), clock.instant()));
            audit.recordBySystem("BOOTSTRAP", "operator " + email + " created from configuration");
            LOG.info(() -> "Operator " + email + " created from configuration");
        }
        return true;
    }

    /** Whether the bootstrap token still opens anything: no operator exists. */
    public boolean open() {
        return !operators.any();
    }

    /** Creates the first operator, if the token is right and there is still none. */
    public Operator redeem(String presented, NewOperator wanted) {
        byte[] expected = token.getBytes(StandardCharsets.UTF_8);
        byte[] given = (presented == null ? "" : presented.strip()).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, given)) {
            throw new OperatorSignInFailedException();
        }
        operators.lockForBootstrap();
        if (!open()) {
            throw new ConflictException("token", "ops.bootstrap-closed", "An operator exists already; sign in.");
        }
        Operator first = OperatorAdministration.create(wanted, operators, hasher, clock);
        audit.record("BOOTSTRAP", Optional.empty(), "first operator " + first.email() + " created with the token");
        return first;
    }
}
