package io.tacitcrm.activity.service;

import io.tacitcrm.activity.domain.ActivityId;
import io.tacitcrm.activity.domain.ActivityLinks;
import io.tacitcrm.activity.domain.ActivityStatus;
import io.tacitcrm.sales.domain.ActivityType;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.tenancy.domain.TenantId;
import java.time.Instant;

/** Fired in the transaction that logged a footprint. */
public record ActivityRecorded(TenantId tenant, UserId by, Instant at, ActivityId activity, ActivityLinks links,
                               ActivityType type, ActivityStatus status) {
}
