package io.tacitcrm.ops.domain;

import java.util.List;
import java.util.Set;

/**
 * A table holding rows of workspaces (a {@code tenant_id} column), with what a workspace's archive does with it.
 *
 * @param name       {@code schema.table}
 * @param primaryKey the primary key's columns, the order of its rows in an archive
 * @param columns    the columns an insert may set (no generated ones)
 * @param references the other tables its foreign keys point at, which an import fills first
 */
public record ArchiveTable(String name, Kind kind, String note, List<String> primaryKey, List<String> columns,
                           Set<String> references) {

    public enum Kind {
        /** A workspace's data: exported and imported. */
        DATA,
        /** Kept by triggers or by a module from other tables: left out, rebuilt by an import. */
        DERIVED,
        /** Secrets and work in flight: left out. */
        TRANSIENT,
        /** The hosting service's own bookkeeping about a workspace: left out, deleted with it. */
        GLOBAL
    }

    public boolean exported() {
        return kind == Kind.DATA;
    }

    /** The table's name for SQL, each part quoted. */
    public String quoted() {
        int dot = name.indexOf('.');
        return '"' + name.substring(0, dot) + "\".\"" + name.substring(dot + 1) + '"';
    }
}
