package io.tacitcrm.ops.service;

import io.tacitcrm.ops.domain.UsageMeter;
import io.tacitcrm.tenancy.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The sweep's transactions: claiming due workspaces, and measuring one (the caller binds it). */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class UsageMeasurements {

    static final int AT_ONCE = 20;

    private final UsageMeter meter;
    private final Clock clock;

    @Inject
    public UsageMeasurements(UsageMeter meter, Clock clock) {
        this.meter = meter;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected UsageMeasurements() {
        this(null, null);
    }

    /** Claims the workspaces due (another server's sweep then passes them by). */
    public List<TenantId> claim(Duration interval) {
        return meter.claimDue(interval, AT_ONCE, clock.instant());
    }

    public void measure(TenantId tenant) {
        meter.measure(tenant, clock.instant());
    }
}
