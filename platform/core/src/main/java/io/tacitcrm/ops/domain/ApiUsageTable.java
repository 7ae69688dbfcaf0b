package io.tacitcrm.ops.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The GLOBAL hourly API figures per workspace. */
public interface ApiUsageTable {

    /** Counts per workspace and hour, index by index. */
    record Counts(List<UUID> tenants, List<Instant> hours, List<Long> requests, List<Long> errors) {
    }

    /** Adds the counts to what the table holds, in a transaction of its own. */
    void add(Counts counts);
}
