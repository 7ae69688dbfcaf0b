package io.tacitcrm.common.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date when the application starts, as the owner role (the application role owns nothing).
 * A failed migration stops the application from starting rather than letting it run on a half-migrated schema.
 */
@ApplicationScoped
public class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());

    @Resource(lookup = "jdbc/tacitOwner")
    DataSource ownerDataSource;

    @Inject
    @ConfigProperty(name = "db.user")
    String applicationRole;

    private volatile boolean done;

    void migrateOnStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        var result = Flyway.configure(SchemaMigrations.class.getClassLoader())
                .dataSource(ownerDataSource)
                .locations("classpath:db/migration")
                .placeholders(Map.of("appRole", applicationRole))
                .load()
                .migrate();
        distributeOnCitus();
        done = true;
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations run)");
    }

    /** On a Citus coordinator, the tables the migrations made are spread over the workers before anyone uses them. */
    private void distributeOnCitus() {
        try (Connection owner = ownerDataSource.getConnection()) {
            if (CitusDistribution.present(owner)) {
                Map<String, String> done = CitusDistribution.distribute(owner, "public");
                LOG.info(() -> "Citus: " + done.size() + " tables of the core distributed or referenced: " + done);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not distribute the core's tables on Citus: " + e.getMessage(), e);
        }
    }

    public boolean isDone() {
        return done;
    }
}
