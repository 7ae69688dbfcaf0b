package io.tacitcrm.identity.domain;

import java.util.Optional;

/** Reads what a request's principal is made of, by the hash of a session token, in the current tenant. */
public interface SessionLookup {

    Optional<SessionFacts> byTokenHash(String secretHash);
}
