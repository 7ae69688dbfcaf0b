package io.tacitcrm.it.faults;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The server's connections as PostgreSQL sees them, for a test that must strike while one is in the middle of a
 * write transaction, and then know that the database has rolled it back.
 */
final class Backends {

    private final DataSource superuser;

    Backends(DataSource superuser) {
        this.superuser = superuser;
    }

    /**
     * Waits for a server connection inside a transaction that has written (it holds a transaction id) and is running
     * a statement like {@code pattern} (SQL {@code ilike}); returns its process id.
     */
    int awaitWriting(String pattern, Duration timeout) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection c = superuser.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select pid from pg_stat_activity where datname = current_database() and application_name = 'tacit'"
                        + " and backend_xid is not null and query ilike ? limit 1")) {
            ps.setString(1, pattern);
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return rs.getInt(1);
                    }
                }
                TimeUnit.MILLISECONDS.sleep(5);
            }
        }
        throw new AssertionError("no server transaction writing '" + pattern + "' within " + timeout);
    }

    /** True while the connection {@code pid} is still inside a transaction that has written. */
    boolean writing(int pid) throws SQLException {
        return count("select count(*) from pg_stat_activity where pid = ? and backend_xid is not null", pid) > 0;
    }

    /**
     * Waits until the connection {@code pid} is gone: PostgreSQL notices a dead client only when it next talks to it,
     * so the statement running at the kill finishes first, and then the transaction is rolled back.
     */
    void awaitGone(int pid, Duration timeout) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count("select count(*) from pg_stat_activity where pid = ?", pid) > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("connection " + pid + " still there " + timeout + " after its client died");
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    private long count(String sql, int pid) throws SQLException {
        try (Connection c = superuser.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
