package io.tacitcrm.tenancy.service;

import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.domain.WorkspaceSlug;

/** The tenant that sign-up created and its first administrator. */
public record SignupResult(TenantId tenantId, WorkspaceSlug workspace, UserId adminUserId) {
}
