package io.tacitcrm.tenancy.domain;

/** Lifecycle of a tenant; only ACTIVE tenants can log in. */
public enum TenantStatus {
    ACTIVE, SUSPENDED, DELETING, PENDING
}
