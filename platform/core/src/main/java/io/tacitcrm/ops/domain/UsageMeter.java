package io.tacitcrm.ops.domain;

import io.tacitcrm.tenancy.domain.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Measures workspaces' usage into the GLOBAL usage table. */
public interface UsageMeter {

    /**
     * Claims up to {@code max} workspaces not measured for {@code interval}, marking them measured now, so that another
     * server's sweep passes them by.
     */
    List<TenantId> claimDue(Duration interval, int max, Instant now);

    /** Counts the bound workspace's rows in every tenant table (plugins' included) and replaces its usage. */
    void measure(TenantId tenant, Instant now);
}
