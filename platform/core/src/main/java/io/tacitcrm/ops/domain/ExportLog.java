package io.tacitcrm.ops.domain;

import io.tacitcrm.tenancy.domain.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The register of exports (GLOBAL): started, followed table by table, finished or failed. */
public interface ExportLog {

    void started(UUID id, TenantId tenant, Optional<OperatorId> operator, Instant at);

    void progress(UUID id, int tablesTotal, int tablesDone, long rows, long bytes);

    void done(UUID id, Instant at, long rows, long bytes, String sha256);

    void failed(UUID id, Instant at, String problem);

    /** The workspace's exports, newest first. */
    List<ExportRecord> of(TenantId tenant, int limit);
}
