package io.tacitcrm.tenancy.domain;

/** What the bound workspace uses of what its plan limits, counted now (storage as last measured). */
public interface PlanUsage {

    long activeUsers();

    long customers();

    long storageBytes();
}
