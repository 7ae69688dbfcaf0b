package io.tacitcrm.common.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the schemas are migrated and the application's database role can connect (each named in the data). A
 * database answering slower than {@code tacit.health.database-slow-ms} is reported as {@code degraded}, with its
 * response time, while the server stays ready: every server shares the one database, so taking this one out of the
 * load balancer would help nothing — the operator is the one to tell.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "jdbc/tacit")
    DataSource dataSource;

    @Inject
    SchemaMigrations migrations;

    @Inject
    @ConfigProperty(name = "tacit.health.database-slow-ms", defaultValue = "500")
    long slowMillis;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database").withData("migrated", migrations.isDone());
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            long millis = (System.nanoTime() - start) / 1_000_000;
            return response.withData("connected", valid).withData("responseMs", millis)
                    .withData("degraded", millis > slowMillis).status(migrations.isDone() && valid).build();
        } catch (SQLException e) {
            return response.down().withData("connected", false).withData("error", e.getMessage()).build();
        }
    }
}
