package io.tacitcrm.ops.service;

import io.tacitcrm.ops.domain.ExportLog;
import io.tacitcrm.tenancy.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * What archives write about themselves while they run outside the core's transactions: each entry in a short
 * transaction of its own, so that an operator sees an export's progress while it streams, and an outcome is recorded
 * even when the work failed. (The deletion sweeper calls it outside any request, hence the request context.)
 */
@ApplicationScoped
@ActivateRequestContext
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ArchiveJournal {

    private final ExportLog exports;
    private final OperatorAudit audit;
    private final Clock clock;

    @Inject
    public ArchiveJournal(ExportLog exports, OperatorAudit audit, Clock clock) {
        this.exports = exports;
        this.audit = audit;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected ArchiveJournal() {
        this(null, null, null);
    }

    public void progress(UUID export, int tablesTotal, int tablesDone, long rows, long bytes) {
        exports.progress(export, tablesTotal, tablesDone, rows, bytes, clock.instant());
    }

    public void exported(UUID export, TenantId tenant, long rows, long bytes, String sha256) {
        exports.done(export, clock.instant(), rows, bytes, sha256);
        audit.record("EXPORT", Optional.of(tenant), "exported the workspace: " + rows + " rows, " + bytes
                + " bytes, manifest SHA-256 " + sha256);
    }

    public void exportFailed(UUID export, TenantId tenant, String problem) {
        exports.failed(export, clock.instant(), problem);
        audit.record("EXPORT_FAILED", Optional.of(tenant), "an export of the workspace failed: " + problem);
    }

    public void record(String action, Optional<TenantId> tenant, String summary) {
        audit.record(action, tenant, summary);
    }

    public void recordGone(String action, TenantId tenant, String summary) {
        audit.recordGone(action, tenant, summary);
    }
}
