package io.tacitcrm.identity.infrastructure;

import io.tacitcrm.identity.domain.PasswordHasher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one password hasher of the server. Its work factor is {@code tacit.password.iterations}: OWASP's 210,000 unless
 * set. Test servers set it low, since every sign-up and sign-in of a suite pays it; a server below OWASP's figure says
 * so at start, and below 1,000 it does not start. Hashes name their own count, so a change never locks anyone out.
 */
@ApplicationScoped
public class PasswordHashing {

    static final int LOWEST = 1_000;
    private static final Logger LOG = Logger.getLogger(PasswordHashing.class.getName());

    private final PasswordHasher hasher;

    @Inject
    public PasswordHashing(@ConfigProperty(name = "tacit.password.iterations",
            defaultValue = "" + PasswordHasher.ITERATIONS) int iterations) {
        this.hasher = hasher(iterations);
        hasher.verifyDecoy("-"); // so that no sign-in, the first included, is the one that pays for the decoy
    }

    /** For CDI's proxy only. */
    protected PasswordHashing() {
        this.hasher = PasswordHasher.standard();
    }

    @Produces
    PasswordHasher hasher() {
        return hasher;
    }

    static PasswordHasher hasher(int iterations) {
        if (iterations < LOWEST) {
            throw new IllegalStateException("tacit.password.iterations is " + iterations + "; at least " + LOWEST);
        }
        if (iterations < PasswordHasher.ITERATIONS) {
            LOG.warning(() -> "Passwords are hashed with " + iterations + " PBKDF2 iterations, below OWASP's "
                    + PasswordHasher.ITERATIONS + ": right for a test server only (tacit.password.iterations)");
        }
        return new PasswordHasher(iterations);
    }
}
