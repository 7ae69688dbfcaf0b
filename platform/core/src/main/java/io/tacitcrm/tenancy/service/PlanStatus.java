package io.tacitcrm.tenancy.service;

import io.tacitcrm.tenancy.domain.PlanLimits;

/** A workspace's plan and what it uses of it, for its administrators. */
public record PlanStatus(String code, PlanLimits limits, long activeUsers, long customers, long storageBytes) {
}
