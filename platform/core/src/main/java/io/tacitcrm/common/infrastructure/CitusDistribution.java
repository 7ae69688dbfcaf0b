package io.tacitcrm.common.infrastructure;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * On a Citus coordinator, spreads a schema's tables over the workers after its migrations: every table with a
 * {@code tenant_id} in its primary key (or without one) is distributed by it, all in one co-location group, so a
 * workspace's rows of every table lie in shards on the same node and each statement of a request goes to that one
 * node; every other table (the register of workspaces, plans, operators, the operators' audit, whose entries outlive
 * a workspace) becomes a reference table, copied to every node, so those joins stay local too. A referenced table
 * goes first (Citus needs it so for foreign keys). On a plain PostgreSQL it does nothing: the
 * application's statements are the same on both.
 */
public final class CitusDistribution {

    private static final String PENDING = """
            select c.oid::regclass::text, exists (select 1 from pg_attribute a where a.attrelid = c.oid
                   and a.attname = 'tenant_id' and not a.attisdropped)
                   and not exists (select 1 from pg_index i where i.indrelid = c.oid and i.indisprimary
                                   and not exists (select 1 from pg_attribute k where k.attrelid = c.oid
                                                   and k.attnum = any (i.indkey) and k.attname = 'tenant_id'))
            from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = ? and c.relkind in ('r', 'p') and not c.relispartition
              and c.relname not like 'flyway%'
              and not exists (select 1 from pg_dist_partition p where p.logicalrelid = c.oid)""";
    private static final String REFERENCES = """
            select conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid) from pg_constraint
            where contype = 'f' and (conrelid::regclass::text = any (?) or confrelid::regclass::text = any (?))
            order by 1, 2""";
    private static final String NOT_BY_TENANT = """
            select c.oid::regclass::text from pg_class c join pg_namespace n on n.oid = c.relnamespace
            where n.nspname = ? and c.relkind in ('r', 'p') and not c.relispartition
              and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id'
                          and not a.attisdropped)
              and not exists (select 1 from pg_dist_partition p where p.logicalrelid = c.oid and p.partmethod = 'h'
                              and column_to_column_name(p.logicalrelid, p.partkey) = 'tenant_id')
            order by 1""";

    private CitusDistribution() {
    }

    /** Whether this database is a Citus cluster's coordinator. */
    public static boolean present(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("select exists (select 1 from pg_extension where extname = 'citus')")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /**
     * Distributes the schema's tables that are not yet (a later start finds none left but those new migrations
     * made), as the owner of the tables, in one transaction; answers each table with what became of it. The foreign
     * keys that touch them are dropped first and made again last: Citus turns a local table that references a new
     * reference table into a local table of its own kind, which then cannot be distributed, and it refuses a key
     * between a distributed and a local table; made again once every table has its place, each key is checked as
     * before.
     */
    public static Map<String, String> distribute(Connection owner, String schema) throws SQLException {
        Map<String, Boolean> pending = pending(owner, schema);
        Map<String, String> done = new LinkedHashMap<>();
        if (pending.isEmpty()) {
            return done;
        }
        boolean autoCommit = owner.getAutoCommit();
        owner.setAutoCommit(false);
        try (Statement st = owner.createStatement()) {
            // the search and tally triggers write only to their own workspace's co-located shards
            st.execute("set local citus.enable_unsafe_triggers to on");
            st.execute("set local citus.multi_shard_modify_mode to 'sequential'");
            List<String[]> keys = foreignKeys(owner, pending.keySet());
            for (String[] key : keys) {
                st.execute("alter table " + key[0] + " drop constraint " + key[1]);
            }
            for (Map.Entry<String, Boolean> table : new TreeMap<>(pending).entrySet()) {
                try (PreparedStatement ps = owner.prepareStatement(table.getValue()
                        ? "select create_distributed_table(?::regclass, 'tenant_id')"
                        : "select create_reference_table(?::regclass)")) {
                    ps.setString(1, table.getKey());
                    ps.execute();
                }
                done.put(table.getKey(), table.getValue() ? "distributed by tenant_id" : "reference");
            }
            for (String[] key : keys) {
                st.execute("alter table " + key[0] + " add constraint " + key[1] + " " + key[2]);
            }
            owner.commit();
            return done;
        } catch (SQLException | RuntimeException e) {
            owner.rollback();
            throw e;
        } finally {
            owner.setAutoCommit(autoCommit);
        }
    }

    /** The schema's tables not yet distributed or referenced, each with whether it goes by tenant_id. */
    private static Map<String, Boolean> pending(Connection owner, String schema) throws SQLException {
        Map<String, Boolean> pending = new HashMap<>();
        try (PreparedStatement ps = owner.prepareStatement(PENDING)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    pending.put(rs.getString(1), rs.getBoolean(2));
                }
            }
        }
        return pending;
    }

    /** Table, name and definition of every foreign key from or to one of these tables. */
    private static List<String[]> foreignKeys(Connection owner, Set<String> tables) throws SQLException {
        List<String[]> keys = new ArrayList<>();
        try (PreparedStatement ps = owner.prepareStatement(REFERENCES)) {
            Array names = owner.createArrayOf("text", tables.toArray());
            ps.setArray(1, names);
            ps.setArray(2, names);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
        }
        return keys;
    }

    /** The schema's tables with a {@code tenant_id} that are not distributed by it (the wall check's Citus rule). */
    public static List<String> notDistributedByTenant(Connection connection, String schema) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(NOT_BY_TENANT)) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
        }
        return tables;
    }
}
