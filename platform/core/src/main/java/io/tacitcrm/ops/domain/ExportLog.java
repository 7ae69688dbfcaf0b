package io.tacitcrm.ops.domain;

import io.tacitcrm.tenancy.domain.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The register of exports (GLOBAL): started, followed table by table, finished or failed. */
public interface ExportLog {

    void started(UUID id, TenantId tenant, Optional<OperatorId> operator, Instant at);

    void progress(UUID id, int tablesTotal, int tablesDone, long rows, long bytes, Instant at);

    void done(UUID id, Instant at, long rows, long bytes, String sha256);

    void failed(UUID id, Instant at, String problem);

    /**
     * Marks the workspace's running exports that have shown no progress since {@code silentSince} as failed: their
     * server stopped while streaming them. Answers how many.
     */
    int interrupted(TenantId tenant, Instant silentSince, Instant at);

    /** The workspace's exports, newest first. */
    List<ExportRecord> of(TenantId tenant, int limit);
}
