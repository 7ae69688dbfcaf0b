package io.tacitcrm.common.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the schemas are migrated and the application's database role can connect (each named in the data). */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = "jdbc/tacit")
    DataSource dataSource;

    @Inject
    SchemaMigrations migrations;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database").withData("migrated", migrations.isDone());
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(2);
            return response.withData("connected", valid).status(migrations.isDone() && valid).build();
        } catch (SQLException e) {
            return response.down().withData("connected", false).withData("error", e.getMessage()).build();
        }
    }
}
