package io.tacitcrm.ops.domain;

import io.tacitcrm.tenancy.domain.TenantId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** One export of a workspace, as far as it got: metadata only, the archive itself is never kept on the server. */
public record ExportRecord(UUID id, TenantId tenant, Optional<OperatorId> operator, Instant startedAt,
        Optional<Instant> finishedAt, Status status, int tablesTotal, int tablesDone, long rows, long bytes,
        Optional<String> sha256, Optional<String> problem) {

    public enum Status {
        RUNNING, DONE, FAILED
    }
}
