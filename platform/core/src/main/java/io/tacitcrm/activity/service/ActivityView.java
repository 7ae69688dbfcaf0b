package io.tacitcrm.activity.service;

import io.tacitcrm.activity.domain.Activity;
import io.tacitcrm.activity.domain.ActivityDetails;
import io.tacitcrm.activity.domain.ActivityId;
import io.tacitcrm.activity.domain.ActivityLinks;
import io.tacitcrm.identity.domain.UserId;
import java.time.Instant;

/** A footprint as callers see it, with its owner's name. */
public record ActivityView(ActivityId id, ActivityDetails details, ActivityLinks links, UserId owner, String ownerName,
                           Instant createdAt, Instant updatedAt, long version) {

    static ActivityView of(Activity a, String ownerName) {
        return new ActivityView(a.id(), a.details(), a.links(), a.owner(), ownerName, a.createdAt(), a.updatedAt(),
                a.version());
    }
}
