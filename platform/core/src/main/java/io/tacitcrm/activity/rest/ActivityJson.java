package io.tacitcrm.activity.rest;

import io.tacitcrm.activity.service.ActivityView;
import java.time.Instant;

/**
 * A footprint as the API shows it; {@code stageId} is the opportunity's stage when the footprint was logged,
 * {@code location} where it was logged (or completed), if a position was given.
 */
public record ActivityJson(String id, String type, String status, String subject, String notes, String outcome,
                           Instant occurredAt, Integer durationMinutes, String accountId, String contactId,
                           String opportunityId, String stageId, String ownerId, String ownerName, Instant createdAt,
                           Instant updatedAt, long version, LocationJson location) {

    static ActivityJson of(ActivityView v) {
        var d = v.details();
        var l = v.links();
        return new ActivityJson(v.id().toString(), d.type().name(), d.status().name(), d.subject(), d.notes()
                .orElse(null),
                d.outcome().orElse(null), d.occurredAt(), d.durationMinutes().orElse(null), l.account().toString(),
                l.contact().map(Object::toString).orElse(null), l.opportunity().map(Object::toString).orElse(null),
                l.stage().map(Object::toString).orElse(null), v.owner().toString(), v.ownerName(), v.createdAt(),
                v.updatedAt(), v.version(), d.location().map(LocationJson::of).orElse(null));
    }
}
