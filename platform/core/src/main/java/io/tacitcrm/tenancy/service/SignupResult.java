package io.tacitcrm.tenancy.service;

import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.domain.WorkspaceSlug;
import java.util.UUID;

/** The tenant that sign-up created and its first administrator. */
public record SignupResult(TenantId tenantId, WorkspaceSlug workspace, UUID adminUserId) {
}
