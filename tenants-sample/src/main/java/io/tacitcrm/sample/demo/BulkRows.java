package io.tacitcrm.sample.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One table's rows, sent in batches of a thousand through a prepared insert (the driver rewrites each batch into
 * multi-row statements). The application role may not COPY into tables under row-level security, so this is its
 * bulk path.
 *
 * <p>The tables grow from (nearly) empty inside one transaction, which autovacuum cannot analyze: a plan cached while a
 * table was small (a foreign key's or a trigger's look-up) stays a sequential scan, and each row then reads all the
 * rows before it (the demo's history took 68-83 s so). Whenever a table has doubled, the session's cached plans are
 * dropped and planned again for the table's size now.
 */
final class BulkRows implements AutoCloseable {

    private static final int BATCH = 1_000;
    private final Connection app;
    private final PreparedStatement insert;
    private final List<BulkRows> parents = new ArrayList<>();
    private int pending;
    private long written;
    private long replanAt = BATCH;

    BulkRows(Connection app, String table, String columns) throws SQLException {
        this(app, table, columns, "");
    }

    /** Rows with a clause for a conflict, e.g. {@code on conflict do nothing} where the story wrote one already. */
    BulkRows(Connection app, String table, String columns, String onConflict) throws SQLException {
        this.app = app;
        int count = columns.split(",").length;
        String marks = String.join(", ", Collections.nCopies(count, "?"));
        insert = app.prepareStatement("insert into " + table + " (" + columns + ") values (" + marks + ")"
                + (onConflict.isEmpty() ? "" : " " + onConflict));
    }

    /** Rows here refer to rows there: whenever these are sent, those go first (the foreign keys hold at once). */
    BulkRows after(BulkRows parent) {
        parents.add(parent);
        return this;
    }

    void add(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            bind(i + 1, values[i]);
        }
        insert.addBatch();
        if (++pending == BATCH) {
            flush();
        }
    }

    /**
     * Every value goes as text of unspecified type (the connection says {@code stringtype=unspecified}) and the
     * database reads it as its column's type: the same parameter types on every row, nulls included, so the driver
     * sends each batch as a few multi-row statements.
     */
    private void bind(int index, Object value) throws SQLException {
        if (value == null) {
            insert.setNull(index, Types.OTHER);
        } else {
            insert.setString(index, value.toString());
        }
    }

    private void flush() throws SQLException {
        for (BulkRows parent : parents) {
            parent.flush();
        }
        if (pending > 0) {
            insert.executeBatch();
            written += pending;
            pending = 0;
        }
        if (written >= replanAt) {
            replanAt = 2 * written;
            try (Statement replan = app.createStatement()) {
                replan.execute("discard plans");
            }
        }
    }

    /** Rows written so far, the last batch sent first: counted only when the database has them. */
    long written() throws SQLException {
        flush();
        return written;
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            insert.close();
        }
    }
}
