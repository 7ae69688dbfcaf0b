package io.tacitcrm.plugin.infrastructure;

import io.tacitcrm.plugin.domain.InstalledPlugin;
import io.tacitcrm.plugin.domain.PluginCatalog;
import io.tacitcrm.plugin.domain.PluginStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready once the plugin host has loaded the plugins at start-up. A module refused or failed does not make the server
 * unready (the others and the core work without it); the check names it, so an operator sees it beside the rest.
 */
@Readiness
@ApplicationScoped
public class PluginHostReadiness implements HealthCheck {

    private final PluginCatalog catalog;

    @Inject
    public PluginHostReadiness(PluginCatalog catalog) {
        this.catalog = catalog;
    }

    /** For CDI's proxy only. */
    protected PluginHostReadiness() {
        this(null);
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("plugins").status(catalog.loaded());
        List<InstalledPlugin> installed = catalog.installed();
        for (PluginStatus status : PluginStatus.values()) {
            response.withData(status.name().toLowerCase(Locale.ROOT),
                    installed.stream().filter(p -> p.status() == status).count());
        }
        String troubled = installed.stream().filter(p -> !p.isActive()).map(InstalledPlugin::id)
                .collect(Collectors.joining(", "));
        if (!troubled.isEmpty()) {
            response.withData("notActive", troubled);
        }
        return response.build();
    }
}
