package io.tacitcrm.ops.infrastructure;

import static io.tacitcrm.ops.domain.WorkspaceArchives.rejected;

import io.tacitcrm.ops.domain.ArchiveTable;
import io.tacitcrm.ops.domain.WorkspaceArchives;
import io.tacitcrm.plugin.service.ArchiveParts;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.infrastructure.TenantSetting;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.sql.DataSource;

/**
 * Archives on connections of their own (the application role, outside the core's transactions): an export reads in one
 * read-only, repeatable-read transaction, an import writes in one transaction, both bound to their workspace by the
 * row-level-security setting like every other connection.
 */
@ApplicationScoped
class JdbcWorkspaceArchives implements WorkspaceArchives {

    @Resource(lookup = "jdbc/tacitPlugins")
    DataSource data;
    @Inject
    SchemaVersions versions;
    @Inject
    ArchiveParts parts;

    @Override
    public ArchiveSummary write(TenantId tenant, UUID exportId, OutputStream out, ExportProgress progress)
            throws IOException {
        try (Connection connection = data.getConnection()) {
            connection.setAutoCommit(false);
            try {
                execute(connection, "set transaction isolation level repeatable read, read only");
                bind(connection, tenant);
                List<ArchiveTable> tables = TenantTables.inOrder(connection, parts.derivedTables());
                ArchiveSummary summary = new ArchiveWriter(connection, tenant, out).write(exportId, tables,
                        versions.all(), parts.installedVersions(), progress);
                connection.commit();
                return summary;
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("export of workspace " + tenant + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public ImportedWorkspace read(Path archive, NewWorkspace target) {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ArchiveReader reader = new ArchiveReader(zip);
            reader.verify(versions.all());
            long rows = insert(reader, target);
            JsonObject manifest = reader.manifest();
            return new ImportedWorkspace(target.id(), manifest.getJsonObject("workspace").getString("slug", ""),
                    manifest.getString("exportedAt", ""), reader.tableCount(), rows);
        } catch (ZipException e) {
            throw rejected("not a zip archive: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long insert(ArchiveReader reader, NewWorkspace target) throws IOException {
        try (Connection connection = data.getConnection()) {
            connection.setAutoCommit(false);
            try {
                bind(connection, target.id());
                List<ArchiveTable> tables = TenantTables.inOrder(connection, parts.derivedTables());
                long rows = reader.insert(connection, target, ArchiveReader.byName(tables));
                parts.rebuild(connection, target.id(), target.slug());
                connection.commit();
                versions.advanceIdentities(target.id(), tables);
                return rows;
            } catch (SQLException | RuntimeException | IOException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw rejected("the archive could not be imported: " + e.getMessage());
        }
    }

    /** The workspace for row-level security, and the core's schema alone on the path, for this transaction. */
    static void bind(Connection connection, TenantId tenant) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(TenantSetting.forTransaction(Optional.of(tenant))
                + "; set local search_path = public")) {
            ps.execute();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.execute();
        }
    }
}
