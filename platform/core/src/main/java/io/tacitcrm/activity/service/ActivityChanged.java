package io.tacitcrm.activity.service;

import io.tacitcrm.activity.domain.ActivityId;
import io.tacitcrm.activity.domain.ActivityLinks;
import io.tacitcrm.activity.domain.ActivityStatus;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.sales.domain.ActivityType;
import io.tacitcrm.tenancy.domain.TenantId;
import java.time.Instant;

/** Fired in the transaction that edited ({@code deleted} false) or deleted a footprint. */
public record ActivityChanged(TenantId tenant, UserId by, Instant at, ActivityId activity, ActivityLinks links,
                              ActivityType type, ActivityStatus status, ActivityStatus previousStatus,
                              boolean deleted) {
}
