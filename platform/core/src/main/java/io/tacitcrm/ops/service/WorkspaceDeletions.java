package io.tacitcrm.ops.service;

import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.ops.domain.ExportLog;
import io.tacitcrm.ops.domain.ExportRecord;
import io.tacitcrm.ops.domain.TenantDirectory;
import io.tacitcrm.ops.domain.TenantOverview;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.domain.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deleting a workspace takes two steps: an operator schedules it — after a recent finished export, or overriding that
 * with a reason — and the workspace waits in DELETING (nobody of it signs in, its jobs stop) for the grace period,
 * restorable; then {@link DeletionSweeper} deletes every row of it and proves none is left.
 */
@ApplicationScoped
@Transactional
public class WorkspaceDeletions {

    /** How long a claimed deletion is left to its server before another tries it again. */
    static final Duration RETRY_AFTER = Duration.ofHours(1);

    private final TenantDirectory directory;
    private final ExportLog exports;
    private final OperatorAudit audit;
    private final CurrentOperator operator;
    private final Clock clock;
    private final Duration grace;
    private final Duration exportMaxAge;

    @Inject
    public WorkspaceDeletions(TenantDirectory directory, ExportLog exports, OperatorAudit audit,
            CurrentOperator operator, Clock clock,
            @ConfigProperty(name = "tacit.ops.deletion-grace-minutes", defaultValue = "10080") long graceMinutes,
            @ConfigProperty(name = "tacit.ops.deletion-export-max-age-hours", defaultValue = "24") long exportHours) {
        this.directory = directory;
        this.exports = exports;
        this.audit = audit;
        this.operator = operator;
        this.clock = clock;
        this.grace = Duration.ofMinutes(graceMinutes);
        this.exportMaxAge = Duration.ofHours(exportHours);
    }

    /** For CDI's proxy only. */
    protected WorkspaceDeletions() {
        this(null, null, null, null, null, 0, 0);
    }

    /**
     * What an operator asks for.
     *
     * @param withoutExport delete although no export finished recently (the reason says why)
     * @param graceMinutes  a longer wait than the service's least one, if wanted
     */
    public record DeletionRequest(String reason, boolean withoutExport, Optional<Long> graceMinutes) {
    }

    public TenantOverview schedule(TenantId tenant, DeletionRequest request) {
        operator.require();
        String why = request.reason() == null ? "" : request.reason().strip();
        if (why.isEmpty() || why.length() > TenantOperations.REASON_MAX) {
            throw InvalidInputException.of("reason", "ops.reason", "say why, in at most "
                    + TenantOperations.REASON_MAX + " characters: the workspace's administrators read it");
        }
        if (request.graceMinutes().filter(m -> m < 0 || m > Duration.ofDays(365).toMinutes()).isPresent()) {
            throw InvalidInputException.of("graceMinutes", "ops.grace", "between 0 and 525600 minutes");
        }
        TenantOverview current = directory.find(tenant).orElseThrow(() -> new NotFoundException("tenant"));
        if (TenantStatus.DELETING.name().equals(current.status())) {
            throw new ConflictException("status", "ops.deleting", "The workspace already waits for deletion.");
        }
        Instant now = clock.instant();
        Optional<ExportRecord> export = exports.of(tenant, 20).stream()
                .filter(e -> e.status() == ExportRecord.Status.DONE && e.startedAt().isAfter(now.minus(exportMaxAge)))
                .findFirst();
        if (export.isEmpty() && !request.withoutExport()) {
            throw new ConflictException("withoutExport", "ops.export-first", "Export the workspace first: no export"
                    + " finished in the last " + exportMaxAge.toHours() + " hours. Or delete it without one.");
        }
        Duration wait = request.graceMinutes().map(Duration::ofMinutes).filter(d -> d.compareTo(grace) > 0)
                .orElse(grace);
        Instant deleteAfter = now.plus(wait);
        directory.scheduleDeletion(tenant, why, deleteAfter, now);
        audit.record("DELETE_SCHEDULED", Optional.of(tenant), "scheduled the deletion of the workspace for "
                + deleteAfter + " (" + export.map(e -> "after export " + e.id() + " of " + e.startedAt()
                        + ", manifest SHA-256 " + e.sha256().orElse("?"))
                        .orElse("without an export, overridden") + "): " + why);
        return directory.find(tenant).orElseThrow();
    }

    /** Takes the workspace out of its grace period, back to the status it had. */
    public TenantOverview restore(TenantId tenant) {
        operator.require();
        directory.find(tenant).orElseThrow(() -> new NotFoundException("tenant"));
        if (!directory.restore(tenant, clock.instant())) {
            throw new ConflictException("status", "ops.not-deleting", "The workspace does not wait for deletion.");
        }
        audit.record("RESTORE", Optional.of(tenant), "restored the workspace: its deletion is called off");
        return directory.find(tenant).orElseThrow();
    }

    /** Claims the workspaces whose grace period is over, for this server to delete. */
    public List<TenantId> claimDue(int max) {
        return directory.claimDueDeletions(clock.instant(), RETRY_AFTER, max);
    }

    /** The workspace as it is before its rows go (for the audit's words about it). */
    public Optional<TenantOverview> describe(TenantId tenant) {
        return directory.find(tenant);
    }
}
