package io.tacitcrm.mail.service;

import io.tacitcrm.tenancy.domain.TenantId;

/** A workspace queued mail in the current transaction; its outbox is worth a visit once that commits. */
public record MailQueued(TenantId tenant) {
}
