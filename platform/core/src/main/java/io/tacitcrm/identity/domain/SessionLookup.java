package io.tacitcrm.identity.domain;

import java.time.Instant;
import java.util.Optional;

/** Reads what a request's principal is made of, by the hash of a session token, in the current tenant. */
public interface SessionLookup {

    Optional<SessionFacts> byTokenHash(String secretHash);

    /**
     * The same facts for a browser session, which knows its user rather than a token (no expiry or revocation); empty
     * when the user's sessions were ended (deactivation) after {@code signedInAt}.
     */
    Optional<SessionFacts> byUser(UserId user, Instant signedInAt);
}
