package io.tacitcrm.sales.rest;

import io.tacitcrm.sales.service.DealOutcome;
import io.tacitcrm.sales.service.OpportunityView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** An opportunity as the API shows it. */
public record OpportunityJson(String id, String accountId, String name, BigDecimal amount, String currency,
        String stageId,
                              String stageName, String stageKind, int probability, LocalDate closeDate,
                              String primaryContactId, String nextStep, String ownerId, String ownerName,
                              Instant createdAt, Instant updatedAt, Instant stageEnteredAt, Instant closedAt,
                              String closeReasonId, String closeReason, String competitor, long version) {

    static OpportunityJson of(OpportunityView v) {
        var d = v.details();
        return new OpportunityJson(v.id().toString(), v.account().toString(), d.name(), d.amount().orElse(null),
                d.currency(),
                v.stage().toString(), v.stageName(), v.stageKind().name(), v.probability(), d.closeDate().orElse(null),
                d.primaryContact().map(Object::toString).orElse(null), d.nextStep().orElse(null), v.owner().toString(),
                v.ownerName(), v.createdAt(), v.updatedAt(), v.stageEnteredAt(), v.closedAt().orElse(null),
                v.outcome().flatMap(DealOutcome::reasonId).map(Object::toString).orElse(null),
                v.outcome().flatMap(DealOutcome::reason).orElse(null),
                v.outcome().flatMap(DealOutcome::competitor).orElse(null), v.version());
    }
}
