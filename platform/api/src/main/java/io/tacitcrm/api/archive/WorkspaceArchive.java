package io.tacitcrm.api.archive;

import io.tacitcrm.api.Beta;
import io.tacitcrm.api.TenantDatabase;
import io.tacitcrm.api.TenantRef;
import java.util.Set;
import org.pf4j.ExtensionPoint;

/**
 * Your module's data in a workspace's archive. An operator exports a workspace into one archive and imports it as a
 * new workspace; the host already writes every table of your schema that has a {@code tenant_id} into it, and on
 * import inserts those rows again with their ids kept (only {@code tenant_id} becomes the new workspace's), in the
 * order your foreign keys need. Implement this, annotated with {@code @org.pf4j.Extension}, when some of your tables
 * are derived from the others (a search index): the archive leaves them out and you rebuild them.
 *
 * <p>{@link #rebuild} runs inside the import's own transaction: if it throws, nothing of the new workspace remains.
 *
 * @since 0.6
 */
@Beta
public interface WorkspaceArchive extends ExtensionPoint {

    /** Tables of your schema that the archive leaves out because {@link #rebuild} derives them again. */
    Set<String> derivedTables();

    /**
     * After the workspace's rows are in: derive the tables named by {@link #derivedTables()} for it. The database
     * runs your work on the import's connection, bound to the new workspace, your schema first on its search path.
     */
    void rebuild(TenantDatabase database, TenantRef workspace) throws Exception;
}
