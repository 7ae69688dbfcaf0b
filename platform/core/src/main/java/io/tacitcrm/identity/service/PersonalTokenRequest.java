package io.tacitcrm.identity.service;

import java.time.Instant;
import java.util.Optional;

/** A personal API token as its owner asks for it: a name to recognise it by, and when it should stop working. */
public record PersonalTokenRequest(String name, Optional<Instant> expiresAt) {
}
