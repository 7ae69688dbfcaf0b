package io.tacitcrm.tenancy.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The sign-up policy (GLOBAL, one row) and the sign-ups per address its daily limit counts. */
public interface SignupPolicies {

    SignupPolicy current();

    void change(SignupPolicy policy, Optional<UUID> operator, Instant at);

    /** The address's sign-ups since {@code since}: how many, and when the first of them was. */
    Window signupsSince(String address, Instant since);

    /** Notes a sign-up of the address (and forgets those older than two days). */
    void recordSignup(String address, Instant at);

    record Window(long count, Optional<Instant> first) {
    }
}
