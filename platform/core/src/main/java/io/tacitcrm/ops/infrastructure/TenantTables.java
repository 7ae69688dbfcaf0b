package io.tacitcrm.ops.infrastructure;

import io.tacitcrm.ops.domain.ArchiveTable;
import io.tacitcrm.ops.domain.ArchiveTable.Kind;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every table with a {@code tenant_id} in the core's schema and the modules' schemas, classified by its comment
 * ({@code GLOBAL:}, {@code DERIVED:}, {@code TRANSIENT:}, or a module's {@code WorkspaceArchive}) and ordered so that
 * a table comes after every table its foreign keys point at: the order an import inserts in, and the reverse of the
 * order a deletion deletes in.
 */
final class TenantTables {

    private static final String TABLES = """
            select n.nspname || '.' || c.relname, coalesce(obj_description(c.oid, 'pg_class'), ''),
                   array(select a.attname from pg_index i
                           join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any (i.indkey)
                          where i.indrelid = c.oid and i.indisprimary
                          order by array_position(i.indkey::int2[], a.attnum)),
                   array(select a.attname from pg_attribute a
                          where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                          order by a.attnum),
                   array(select distinct rn.nspname || '.' || r.relname from pg_constraint f
                           join pg_class r on r.oid = f.confrelid join pg_namespace rn on rn.oid = r.relnamespace
                          where f.conrelid = c.oid and f.contype = 'f' and f.confrelid <> c.oid)
              from pg_class c
              join pg_namespace n on n.oid = c.relnamespace
              join pg_attribute t on t.attrelid = c.oid and t.attname = 'tenant_id' and not t.attisdropped
             where c.relkind in ('r', 'p') and (n.nspname = 'public' or n.nspname like 'plugin\\_%')
             order by 1""";

    private TenantTables() {
    }

    /**
     * The tables in dependency order.
     *
     * @param moduleDerived the modules' derived tables ({@code schema.table})
     */
    static List<ArchiveTable> inOrder(Connection connection, Set<String> moduleDerived) throws SQLException {
        Map<String, ArchiveTable> byName = new LinkedHashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(TABLES); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String name = rs.getString(1);
                String note = rs.getString(2);
                byName.put(name, new ArchiveTable(name, kind(name, note, moduleDerived), note, strings(rs.getArray(3)),
                        strings(rs.getArray(4)), new TreeSet<>(strings(rs.getArray(5)))));
            }
        }
        return ordered(byName);
    }

    static Kind kind(String name, String note, Set<String> moduleDerived) {
        if (note.startsWith("GLOBAL:")) {
            return note.contains("[exported]") ? Kind.DATA : Kind.GLOBAL;
        }
        if (note.startsWith("DERIVED:") || moduleDerived.contains(name)) {
            return Kind.DERIVED;
        }
        return note.startsWith("TRANSIENT:") ? Kind.TRANSIENT : Kind.DATA;
    }

    /** Depth-first: each table after the tables it references (references outside the set are the register's). */
    static List<ArchiveTable> ordered(Map<String, ArchiveTable> byName) {
        List<ArchiveTable> order = new ArrayList<>();
        Set<String> placed = new TreeSet<>();
        Set<String> visiting = new TreeSet<>();
        for (String name : byName.keySet()) {
            place(name, byName, placed, visiting, order);
        }
        return order;
    }

    private static void place(String name, Map<String, ArchiveTable> byName, Set<String> placed, Set<String> visiting,
            List<ArchiveTable> order) {
        ArchiveTable table = byName.get(name);
        if (table == null || placed.contains(name)) {
            return;
        }
        if (!visiting.add(name)) {
            throw new IllegalStateException("foreign keys run in a circle through " + name);
        }
        for (String referenced : table.references()) {
            place(referenced, byName, placed, visiting, order);
        }
        visiting.remove(name);
        placed.add(name);
        order.add(table);
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
