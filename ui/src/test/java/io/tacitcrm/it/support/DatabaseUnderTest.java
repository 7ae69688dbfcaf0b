package io.tacitcrm.it.support;

import io.tacitcrm.testkit.DatabaseSettings;
import io.tacitcrm.testkit.EmbeddedDatabase;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The database the suite runs against: a fresh embedded PostgreSQL, or, when {@code tacit.it.database.url} is set (the
 * {@code citus} profile), a database someone else started and owns, with Tacit's roles and an empty {@code tacit}
 * database already there.
 */
interface DatabaseUnderTest extends AutoCloseable {

    /** The system property naming an external database's JDBC URL. */
    String EXTERNAL_URL = "tacit.it.database.url";
    /** How the tests' own connections name themselves, so that a cluster's log tells them from the server's. */
    String CLIENT_NAME = "tacit-tests";

    DatabaseSettings settings();

    /** Its superuser, to look behind both walls. */
    DataSource superuser();

    @Override
    void close() throws IOException;

    static DatabaseUnderTest start(Path embeddedDirectory, int embeddedPort) throws IOException, SQLException {
        Optional<String> url = Optional.ofNullable(System.getProperty(EXTERNAL_URL)).filter(u -> !u.isBlank());
        if (url.isPresent()) {
            return new External(url.get(), System.getProperty("tacit.it.database.superuser", "postgres"));
        }
        EmbeddedDatabase embedded = EmbeddedDatabase.start(embeddedDirectory, embeddedPort);
        return new Embedded(embedded);
    }

    /** The embedded PostgreSQL, stopped with the suite. */
    record Embedded(EmbeddedDatabase database) implements DatabaseUnderTest {

        @Override
        public DatabaseSettings settings() {
            return database.settings();
        }

        @Override
        public DataSource superuser() {
            return database.superuser();
        }

        @Override
        public void close() throws IOException {
            database.close();
        }
    }

    /** A database started outside the suite (a Citus coordinator): its roles are the server's defaults. */
    record External(String url, String superuserName) implements DatabaseUnderTest {

        @Override
        public DatabaseSettings settings() {
            return new DatabaseSettings(url, EmbeddedDatabase.APP, "tacit-app-local", EmbeddedDatabase.OWNER,
                    "tacit-owner-local");
        }

        @Override
        public DataSource superuser() {
            PGSimpleDataSource source = new PGSimpleDataSource();
            source.setURL(url);
            source.setUser(superuserName);
            source.setApplicationName(CLIENT_NAME);
            return source;
        }

        @Override
        public void close() {
            // whoever started it stops it
        }
    }
}
