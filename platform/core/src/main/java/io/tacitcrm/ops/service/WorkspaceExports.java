package io.tacitcrm.ops.service;

import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.ops.domain.ExportLog;
import io.tacitcrm.ops.domain.ExportRecord;
import io.tacitcrm.ops.domain.TenantDirectory;
import io.tacitcrm.ops.domain.TenantOverview;
import io.tacitcrm.ops.domain.WorkspaceArchives;
import io.tacitcrm.ops.domain.WorkspaceArchives.ArchiveSummary;
import io.tacitcrm.tenancy.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Exports of a workspace: started (recorded), then streamed straight to the operator — the archive is never stored on
 * the server — with its progress recorded table by table and its outcome in both audits.
 */
@ApplicationScoped
public class WorkspaceExports {

    private final TenantDirectory directory;
    private final WorkspaceArchives archives;
    private final ExportLog log;
    private final ArchiveJournal journal;
    private final CurrentOperator operator;
    private final Clock clock;

    @Inject
    public WorkspaceExports(TenantDirectory directory, WorkspaceArchives archives, ExportLog log,
            ArchiveJournal journal, CurrentOperator operator, Clock clock) {
        this.directory = directory;
        this.archives = archives;
        this.log = log;
        this.journal = journal;
        this.operator = operator;
        this.clock = clock;
    }

    /** For CDI's proxy only. */
    protected WorkspaceExports() {
        this(null, null, null, null, null, null);
    }

    /** An export about to be streamed: its id, and the file name an operator's browser saves it under. */
    public record ExportTicket(UUID id, TenantId tenant, String fileName) {
    }

    @Transactional
    public ExportTicket start(TenantId tenant) {
        OperatorPrincipal me = operator.require();
        TenantOverview workspace = directory.find(tenant).orElseThrow(() -> new NotFoundException("tenant"));
        UUID id = Ids.newId();
        log.started(id, tenant, Optional.of(me.id()), clock.instant());
        String day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).toString();
        return new ExportTicket(id, tenant, "tacit-" + workspace.workspace() + "-" + day + ".zip");
    }

    /** Writes the archive into {@code out} as it is read, outside any transaction of the core. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ArchiveSummary stream(ExportTicket ticket, OutputStream out) throws IOException {
        operator.require();
        UUID id = ticket.id();
        int[] total = {0};
        try {
            ArchiveSummary summary = archives.write(ticket.tenant(), id, out, new WorkspaceArchives.ExportProgress() {
                @Override
                public void started(int tables) {
                    total[0] = tables;
                    journal.progress(id, tables, 0, 0, 0);
                }

                @Override
                public void tableDone(int tablesDone, long rows, long bytes) {
                    journal.progress(id, total[0], tablesDone, rows, bytes);
                }
            });
            journal.exported(id, ticket.tenant(), summary.rows(), summary.bytes(), summary.manifestSha256());
            return summary;
        } catch (IOException | RuntimeException e) {
            journal.exportFailed(id, ticket.tenant(), String.valueOf(e.getMessage()));
            throw e;
        }
    }

    /** The workspace's latest exports, newest first. */
    @Transactional
    public List<ExportRecord> list(TenantId tenant) {
        operator.require();
        return log.of(tenant, 20);
    }
}
