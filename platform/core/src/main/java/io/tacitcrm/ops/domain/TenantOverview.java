package io.tacitcrm.ops.domain;

import io.tacitcrm.tenancy.domain.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an operator sees of a workspace: its register entry and its usage — counts and sizes, never a record.
 *
 * @param records rows per table ({@code schema.table}), as last measured
 * @param lastActivity the later of the last sign-in and the last hour with API requests
 * @param deleteAfter  while the workspace waits for deletion: when it goes (it can be restored until then)
 */
public record TenantOverview(TenantId id, String workspace, String name, String status, Optional<String> statusReason,
        Optional<Instant> statusChangedAt, Optional<Instant> deleteAfter, String plan, String locale, Instant createdAt,
        Optional<Instant> lastLoginAt,
        Optional<Instant> lastActivity, long usersActive, long usersAll, Map<String, Long> records, long storageBytes,
        long apiRequests24h, long apiErrors24h, List<String> pluginsEnabled, Optional<Instant> measuredAt,
        long version) {

    public TenantOverview {
        records = Map.copyOf(records);
        pluginsEnabled = List.copyOf(pluginsEnabled);
    }

    /** Rows of one table ({@code public.account}), zero when none were measured. */
    public long rows(String table) {
        return records.getOrDefault(table, 0L);
    }
}
