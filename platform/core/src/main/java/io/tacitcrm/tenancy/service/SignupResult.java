package io.tacitcrm.tenancy.service;

import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.domain.WorkspaceSlug;
import java.util.UUID;

/**
 * The tenant that sign-up created and its first administrator.
 *
 * @param pending the workspace waits for an operator's approval before anyone signs in
 */
public record SignupResult(TenantId tenantId, WorkspaceSlug workspace, UUID adminUserId, boolean pending) {
}
