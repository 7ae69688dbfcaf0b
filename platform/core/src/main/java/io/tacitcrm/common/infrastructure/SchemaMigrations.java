package io.tacitcrm.common.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
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
        done = true;
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migrations run)");
    }

    public boolean isDone() {
        return done;
    }
}
