package io.tacitcrm.ops.service;

import java.time.Instant;

/** A new operator session: the secret, shown once, and when it ends. */
public record OperatorSession(String token, Instant expiresAt, OperatorPrincipal operator) {
}
