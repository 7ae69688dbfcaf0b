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
import java.time.Duration;
import java.time.Instant;
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

    /** How often a running export records that it is alive, at most. */
    static final Duration SIGN_OF_LIFE = Duration.ofSeconds(30);
    /** Silence after which a running export counts as interrupted (its server stopped): ten missed signs. */
    static final Duration SILENCE = SIGN_OF_LIFE.multipliedBy(10);

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
        try {
            ArchiveSummary summary = archives.write(ticket.tenant(), id, out, new WorkspaceArchives.ExportProgress() {
                private int total;
                private int done;
                private long rows;
                private long bytes;
                private Instant recorded = clock.instant();

                @Override
                public void started(int tables) {
                    total = tables;
                    record();
                }

                @Override
                public void tableDone(int tablesDone, long rowsSoFar, long bytesSoFar) {
                    done = tablesDone;
                    rows = rowsSoFar;
                    bytes = bytesSoFar;
                    record();
                }

                @Override
                public void alive() {
                    if (clock.instant().isAfter(recorded.plus(SIGN_OF_LIFE))) {
                        record();
                    }
                }

                private void record() {
                    journal.progress(id, total, done, rows, bytes);
                    recorded = clock.instant();
                }
            });
            journal.exported(id, ticket.tenant(), summary.rows(), summary.bytes(), summary.manifestSha256());
            return summary;
        } catch (IOException | RuntimeException e) {
            journal.exportFailed(id, ticket.tenant(), String.valueOf(e.getMessage()));
            throw e;
        }
    }

    /** The workspace's latest exports, newest first; one silent too long shows as failed (interrupted). */
    @Transactional
    public List<ExportRecord> list(TenantId tenant) {
        operator.require();
        Instant now = clock.instant();
        log.interrupted(tenant, now.minus(SILENCE), now);
        return log.of(tenant, 20);
    }
}
