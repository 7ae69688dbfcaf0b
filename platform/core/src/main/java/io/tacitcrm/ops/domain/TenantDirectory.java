package io.tacitcrm.ops.domain;

import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.domain.TenantStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    /**
     * Puts an active or suspended workspace into DELETING until {@code deleteAfter}, remembering its status for a
     * restore; like a suspension, nobody of it can sign in and its sessions stop.
     *
     * @return false when it does not exist or already waits for deletion
     */
    boolean scheduleDeletion(TenantId tenant, String reason, Instant deleteAfter, Instant at);

    /** Takes a workspace out of DELETING, back to the status it had; false when it was not waiting for deletion. */
    boolean restore(TenantId tenant, Instant at);

    /**
     * Claims up to {@code max} workspaces whose deletion is due, putting their time {@code retryAfter} later, so that
     * no other server takes them meanwhile (and a failed deletion is tried again then).
     */
    List<TenantId> claimDueDeletions(Instant now, Duration retryAfter, int max);

    /** How many workspaces have each module on, by module id (as the switches last recorded it). */
    Map<String, Long> pluginUse();

    /** Up to {@code limit} workspaces with the module on, by name. */
    List<WorkspaceName> usingPlugin(String pluginId, int limit);

    /** The workspaces on a plan with the given statuses (every one when {@code plan} is empty). */
    List<WorkspaceName> withStatus(Optional<String> plan, Set<TenantStatus> statuses);

    /** A workspace as lists of them name it. */
    record WorkspaceName(TenantId id, String workspace, String name, String locale) {
    }
}
