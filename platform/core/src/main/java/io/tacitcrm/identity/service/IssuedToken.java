package io.tacitcrm.identity.service;

import java.time.Instant;
import java.util.Optional;

/** A freshly issued bearer token. The secret exists only here; the database keeps its hash. */
public record IssuedToken(String token, Optional<Instant> expiresAt) {
}
