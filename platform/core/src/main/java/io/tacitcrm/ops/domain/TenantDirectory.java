package io.tacitcrm.ops.domain;

import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.domain.TenantStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The workspaces as operators see them: the register and the measured usage (GLOBAL tables only). */
public interface TenantDirectory {

    /** Up to {@code limit + 1} workspaces of the query's page. */
    List<TenantOverview> page(TenantListQuery query);

    Optional<TenantOverview> find(TenantId tenant);

    /**
     * Sets a workspace's status and its reason, and moves its access revision so that every cached session of it is
     * checked again at its next request.
     *
     * @return false when the workspace does not exist
     */
    boolean changeStatus(TenantId tenant, TenantStatus status, Optional<String> reason, Instant at);
}
