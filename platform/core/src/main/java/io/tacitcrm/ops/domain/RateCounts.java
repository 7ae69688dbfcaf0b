package io.tacitcrm.ops.domain;

import io.tacitcrm.tenancy.domain.TenantId;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalInt;

/** The per-minute API counts every server shares (GLOBAL), and the plans' per-minute limits. */
public interface RateCounts {

    /**
     * Writes this server's counts of the minute (absolute) and answers what the other servers counted for the same
     * workspaces in that minute.
     */
    Map<TenantId, Long> exchange(Instant minute, String server, Map<TenantId, Long> mine);

    /** Deletes the counts of minutes before {@code minute}. */
    void forgetBefore(Instant minute);

    /** The workspace's plan's requests per minute, if it limits them. */
    OptionalInt perMinute(TenantId tenant);
}
