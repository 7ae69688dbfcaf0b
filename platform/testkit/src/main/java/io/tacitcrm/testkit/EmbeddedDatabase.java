package io.tacitcrm.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A real PostgreSQL (zonky's embedded binaries) whose data lives in a directory of ours and survives restarts. On
 * first start it creates the database {@code tacit}, its owner role and the application role, which owns nothing and
 * cannot bypass row-level security.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "tacit";
    public static final String OWNER = "tacit_owner";
    public static final String APP = "tacit_app";
    private static final String OWNER_PASSWORD = "tacit-owner-local";
    private static final String APP_PASSWORD = "tacit-app-local";
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class.getName());

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(Path directory, int port) throws IOException, SQLException {
        Files.createDirectories(directory.resolve("work"));
        long started = System.nanoTime();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(directory.resolve("pgdata"))
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(directory.resolve("work").toFile())
                .setServerConfig("max_connections", "200")
                // zonky's builder turns synchronous_commit off: a commit was acknowledged before its log reached
                // the disk, and a PostgreSQL that crashed on a full disk came back without the last acknowledged
                // writes (DiskFullIT: 16 of 5,739 missing). PostgreSQL's own default, as on a real server.
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("shared_buffers", "256MB")
                // per-statement execution statistics, for operators and the benchmarks' ratio of the application's
                // statements to hand-written SQL (CREATE EXTENSION pg_stat_statements to read them)
                .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                .start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres);
        database.provision();
        LOG.info(() -> "PostgreSQL on port " + port + " ready in " + (System.nanoTime() - started) / 1_000_000
                + " ms, data in " + directory);
        return database;
    }

    public DatabaseSettings settings() {
        return new DatabaseSettings("jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE,
                APP, APP_PASSWORD, OWNER, OWNER_PASSWORD);
    }

    /** The superuser's view of the Tacit database, for tests and benchmarks that need to look behind the walls. */
    public DataSource superuser() {
        return postgres.getDatabase("postgres", DATABASE);
    }

    public int port() {
        return postgres.getPort();
    }

    private void provision() throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            createRole(c, OWNER, OWNER_PASSWORD, "");
            createRole(c, APP, APP_PASSWORD, " nobypassrls");
            if (!exists(c, "select 1 from pg_database where datname = ?", DATABASE)) {
                s.execute("create database " + DATABASE + " owner " + OWNER + " encoding 'UTF8' template template0");
            }
        }
    }

    private static void createRole(Connection c, String role, String password, String options) throws SQLException {
        if (!exists(c, "select 1 from pg_roles where rolname = ?", role)) {
            try (Statement s = c.createStatement()) {
                s.execute("create role " + role + " login nosuperuser password '" + password + "'" + options);
            }
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
