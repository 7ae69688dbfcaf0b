package io.tacitcrm.plugin.service;

import io.tacitcrm.api.TenantDatabase;
import io.tacitcrm.api.TenantRef;
import io.tacitcrm.api.archive.WorkspaceArchive;
import io.tacitcrm.plugin.domain.InstalledPlugin;
import io.tacitcrm.plugin.domain.PluginCatalog;
import io.tacitcrm.plugin.domain.PluginStorage;
import io.tacitcrm.tenancy.domain.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The modules' say in a workspace's archive ({@link WorkspaceArchive}): which of their tables it leaves out as derived,
 * and their rebuilding of those tables on the import's own connection, so that a module failing it fails the import.
 */
@ApplicationScoped
public class ArchiveParts {

    private final PluginCatalog catalog;

    @Inject
    public ArchiveParts(PluginCatalog catalog) {
        this.catalog = catalog;
    }

    /** For CDI's proxy only. */
    protected ArchiveParts() {
        this(null);
    }

    /** The installed plugins with their versions, by id (what an archive records and an import requires). */
    public Map<String, String> installedVersions() {
        Map<String, String> versions = new LinkedHashMap<>();
        catalog.installed().stream().filter(InstalledPlugin::isActive)
                .forEach(p -> versions.put(p.id(), p.version()));
        return versions;
    }

    /** The active plugins' derived tables, as {@code schema.table}. */
    public Set<String> derivedTables() {
        Set<String> tables = new TreeSet<>();
        for (InstalledPlugin plugin : active()) {
            String schema = PluginStorage.schemaOf(plugin.id());
            for (WorkspaceArchive part : catalog.extensions(plugin.id(), WorkspaceArchive.class)) {
                part.derivedTables().forEach(table -> tables.add(schema + "." + table));
            }
        }
        return tables;
    }

    /**
     * Lets every active plugin rebuild its derived tables for the imported workspace on the import's connection (its
     * schema first on the search path for the call, the public schema alone again afterwards).
     *
     * @throws IllegalStateException naming the plugin when one fails: the import is then rolled back
     */
    public void rebuild(Connection connection, TenantId tenant, String workspace) {
        TenantRef ref = new TenantRef(tenant.value(), workspace);
        for (InstalledPlugin plugin : active()) {
            for (WorkspaceArchive part : catalog.extensions(plugin.id(), WorkspaceArchive.class)) {
                TenantDatabase database = onConnection(connection, PluginStorage.schemaOf(plugin.id()));
                Thread thread = Thread.currentThread();
                ClassLoader before = thread.getContextClassLoader();
                thread.setContextClassLoader(part.getClass().getClassLoader());
                try {
                    part.rebuild(database, ref);
                } catch (Exception e) {
                    throw new IllegalStateException("module " + plugin.id() + " could not rebuild its derived tables: "
                            + e.getMessage(), e);
                } finally {
                    thread.setContextClassLoader(before);
                }
            }
        }
    }

    private List<InstalledPlugin> active() {
        return catalog.installed().stream().filter(InstalledPlugin::isActive).toList();
    }

    /** The import's connection as a module's database: the work shares the import's transaction. */
    private static TenantDatabase onConnection(Connection connection, String schema) {
        return new TenantDatabase() {
            @Override
            public <T> T inTransaction(Work<T> work) {
                try {
                    searchPath(connection, '"' + schema + "\", public");
                    try {
                        return work.run(connection);
                    } finally {
                        searchPath(connection, "public");
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            }
        };
    }

    private static void searchPath(Connection connection, String path) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("select set_config('search_path', ?, true)")) {
            ps.setString(1, path);
            ps.execute();
        }
    }
}
