package io.tacitcrm.identity.domain;

import java.time.Duration;

/** What a one-time link sent by e-mail lets its holder do, and for how long by default. */
public enum LinkPurpose {
    /** Choose a first password and so join the workspace. */
    INVITATION(Duration.ofDays(7)),
    /** Choose a new password. */
    PASSWORD_RESET(Duration.ofHours(1)),
    /** Confirm that the address is the user's. */
    EMAIL_VERIFICATION(Duration.ofDays(7));

    private final Duration validity;

    LinkPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }

    /** Whether following the link sets a password. */
    public boolean setsPassword() {
        return this != EMAIL_VERIFICATION;
    }
}
