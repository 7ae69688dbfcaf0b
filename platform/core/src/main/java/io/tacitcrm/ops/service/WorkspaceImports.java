package io.tacitcrm.ops.service;

import static io.tacitcrm.ops.domain.WorkspaceArchives.rejected;

import io.tacitcrm.common.domain.Ids;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.ops.domain.WorkspaceArchives;
import io.tacitcrm.ops.domain.WorkspaceArchives.ImportedWorkspace;
import io.tacitcrm.ops.domain.WorkspaceArchives.NewWorkspace;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.domain.WorkspaceSlug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports an archive as a new workspace: the upload is kept in a temporary file only while it is checked and read
 * (deleted afterwards whatever happens), and the workspace appears whole or not at all.
 */
@ApplicationScoped
public class WorkspaceImports {

    public static final int NAME_MAX = 200;

    private final WorkspaceArchives archives;
    private final PlanAdministration plans;
    private final ArchiveJournal journal;
    private final CurrentOperator operator;
    private final long maxBytes;

    @Inject
    public WorkspaceImports(WorkspaceArchives archives, PlanAdministration plans, ArchiveJournal journal,
            CurrentOperator operator, @ConfigProperty(name = "tacit.ops.import-max-mb", defaultValue = "2048")
            long maxMegabytes) {
        this.archives = archives;
        this.plans = plans;
        this.journal = journal;
        this.operator = operator;
        this.maxBytes = maxMegabytes * 1024 * 1024;
    }

    /** For CDI's proxy only. */
    protected WorkspaceImports() {
        this(null, null, null, null, 0);
    }

    /** Where the archive goes: a new workspace name, its display name, and optionally its plan. */
    public record ImportRequest(String workspace, String name, Optional<String> plan) {
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ImportedWorkspace importArchive(InputStream archive, ImportRequest request) {
        operator.require();
        WorkspaceSlug slug = WorkspaceSlug.parse(request.workspace());
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > NAME_MAX) {
            throw InvalidInputException.of("name", "ops.name", "give the new workspace a name of at most "
                    + NAME_MAX + " characters");
        }
        String plan = plans.requireImportTarget(slug, request.plan());
        Path file = spool(archive);
        try {
            ImportedWorkspace done = archives.read(file, new NewWorkspace(new TenantId(Ids.newId()), slug.value(),
                    name, plan));
            journal.record("IMPORT", Optional.of(done.id()), "imported the workspace from the archive of '"
                    + done.sourceSlug() + "' exported at " + done.exportedAt() + ": " + done.rows() + " rows in "
                    + done.tables() + " tables, ids kept");
            return done;
        } catch (InvalidInputException e) {
            journal.record("IMPORT_FAILED", Optional.empty(), "an import as '" + slug.value() + "' was refused: "
                    + e.errors().getFirst().message());
            throw e;
        } finally {
            delete(file);
        }
    }

    private Path spool(InputStream archive) {
        try {
            Path file = Files.createTempFile("tacit-import-", ".zip");
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                long written = 0;
                for (int n = archive.read(buffer); n >= 0; n = archive.read(buffer)) {
                    written += n;
                    if (written > maxBytes) {
                        throw rejected("the archive is larger than " + maxBytes / 1024 / 1024
                                + " MB (tacit.ops.import-max-mb)");
                    }
                    out.write(buffer, 0, n);
                }
            } catch (IOException | RuntimeException e) {
                delete(file);
                throw e;
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("the archive could not be received", e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("temporary archive " + file + " not deleted", e);
        }
    }
}
