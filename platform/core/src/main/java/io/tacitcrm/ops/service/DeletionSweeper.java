package io.tacitcrm.ops.service;

import io.tacitcrm.ops.domain.TenantOverview;
import io.tacitcrm.ops.domain.WorkspaceEraser;
import io.tacitcrm.ops.domain.WorkspaceEraser.ErasureCheck;
import io.tacitcrm.tenancy.domain.TenantId;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every {@code tacit.ops.deletion-sweep-seconds} deletes the workspaces whose grace period is over, one at a time,
 * then counts what still carries each one's id in every table of every schema and writes the result into the
 * operators' audit: "verified" only when nothing remains.
 */
@ApplicationScoped
public class DeletionSweeper {

    private static final Logger LOG = Logger.getLogger(DeletionSweeper.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;
    @Inject
    WorkspaceDeletions deletions;
    @Inject
    WorkspaceEraser eraser;
    @Inject
    ArchiveJournal journal;
    @Inject
    @ConfigProperty(name = "tacit.ops.deletion-sweep-seconds", defaultValue = "60")
    int sweepSeconds;

    void start(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (sweepSeconds > 0) {
            scheduler.scheduleWithFixedDelay(this::sweep, sweepSeconds, sweepSeconds, TimeUnit.SECONDS);
        }
    }

    void sweep() {
        try {
            for (TenantId tenant : deletions.claimDue(5)) {
                try {
                    delete(tenant);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Workspace " + tenant + " not deleted; tried again in "
                            + WorkspaceDeletions.RETRY_AFTER, e);
                    journal.record("DELETE_FAILED", Optional.of(tenant), "the deletion failed and is tried again in "
                            + WorkspaceDeletions.RETRY_AFTER.toMinutes() + " minutes: " + e.getMessage());
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deletion sweep failed; the next one tries again", e);
        }
    }

    private void delete(TenantId tenant) {
        String which = deletions.describe(tenant).map(DeletionSweeper::label).orElse("workspace " + tenant);
        long rows = eraser.erase(tenant);
        ErasureCheck check = eraser.check(tenant);
        if (check.complete()) {
            journal.recordGone("DELETE", tenant, "deleted " + which + " (" + tenant + "): " + rows
                    + " rows. Verified: no row with its id remains in any of " + check.tables() + " tables in "
                    + check.schemas() + " schemas (" + WorkspaceEraser.KEPT + " keeps what operators did)");
        } else {
            String left = check.remaining().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining(", "));
            journal.recordGone("DELETE_INCOMPLETE", tenant, "deleted " + which + " (" + tenant + "): " + rows
                    + " rows, but NOT verified: rows remain in " + left);
            LOG.severe(() -> "Deletion of " + tenant + " incomplete: " + left);
        }
    }

    private static String label(TenantOverview workspace) {
        return "workspace '" + workspace.workspace() + "' (" + workspace.name() + ")";
    }
}
