package io.tacitcrm.ops.domain;

import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.tenancy.domain.TenantId;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A workspace's archive: one zip with a JSON-lines file per table, its customers and contacts as CSV for people, and a
 * manifest (last) with every entry's size and SHA-256. Ids are kept: an import makes a new workspace whose rows have
 * the archive's ids and the new workspace's {@code tenant_id} (every key leads with it, so both can live side by side).
 */
public interface WorkspaceArchives {

    /** The archive format, written into each manifest and required by an import. */
    String FORMAT = "tacit-workspace";
    int FORMAT_VERSION = 1;

    /** Streams the workspace as it was at one instant (one read-only snapshot) into {@code out}. */
    ArchiveSummary write(TenantId tenant, UUID exportId, OutputStream out, ExportProgress progress) throws IOException;

    /**
     * Checks the archive (format, checksums, schema versions, modules installed) and imports it as a new workspace in
     * one transaction: all of it, or nothing.
     *
     * @throws InvalidInputException on field {@code archive}, saying what is wrong with the archive
     */
    ImportedWorkspace read(Path archive, NewWorkspace target);

    /** An archive that cannot be imported, and why (its checksums, its versions, a module missing, a row refused). */
    static InvalidInputException rejected(String why) {
        return InvalidInputException.of("archive", "ops.archive-rejected", why);
    }

    /** What an export wrote. */
    record ArchiveSummary(int tables, long rows, long bytes, String manifestSha256) {
    }

    /** Where an import puts the archive. */
    record NewWorkspace(TenantId id, String slug, String name, String plan) {
    }

    /** What an import made. */
    record ImportedWorkspace(TenantId id, String sourceSlug, String exportedAt, int tables, long rows) {
    }

    /** Told after each table, so that an operator can follow a long export. */
    interface ExportProgress {

        /** Rows of one table between two signs of life of a running export. */
        int ROWS_BETWEEN_SIGNS = 10_000;

        void started(int tables);

        void tableDone(int tablesDone, long rows, long bytes);

        /** Still writing: called every {@link #ROWS_BETWEEN_SIGNS} rows of a table. */
        void alive();
    }
}
