package io.tacitcrm.mail.domain;

import java.util.UUID;

/** A message taken from the outbox for an attempt; {@code attempt} counts this one (the first is 1). */
public record QueuedMail(UUID id, OutgoingMail mail, int attempt) {
}
