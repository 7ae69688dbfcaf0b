package io.tacitcrm.mail.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a message that failed is tried again: after 1, 2, 4 … minutes, doubling, for {@value #ATTEMPTS} attempts in
 * all (about four hours); then it is given up. A permanent refusal is given up at once.
 */
public final class RetryPolicy {

    public static final int ATTEMPTS = 9;
    private static final Duration FIRST_PAUSE = Duration.ofMinutes(1);

    private RetryPolicy() {
    }

    /** The next attempt after {@code attempt} failed at {@code now}, or none: give up. */
    public static Optional<Instant> nextAttempt(int attempt, boolean permanent, Instant now) {
        if (permanent || attempt >= ATTEMPTS) {
            return Optional.empty();
        }
        return Optional.of(now.plus(FIRST_PAUSE.multipliedBy(1L << Math.max(0, attempt - 1))));
    }
}
