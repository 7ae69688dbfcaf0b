package io.tacitcrm.knowledge.domain;

import io.tacitcrm.api.records.RecordRef;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An article cited on a CRM record. The customer (and, where there is one, the opportunity) the record belongs to is
 * kept with it, so a customer's page lists everything cited around it and an article knows the deals that used it.
 */
public record Citation(UUID id, UUID articleId, String articleTitle, RecordRef record, UUID customerId,
                       Optional<UUID> opportunityId, UUID citedBy, Instant citedAt, String note) {
}
