package io.tacitcrm.plugin.rest;

import io.tacitcrm.common.domain.FieldError;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.plugin.service.PluginEnablement;
import io.tacitcrm.plugin.service.TenantPlugin;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /plugins}: the plugins installed on this server, with their status and this workspace's switch;
 * {@code PATCH /plugins/{id}} {@code {"enabled": true|false}} (needs {@code plugins.manage}).
 */
@Tag(name = "Plugins", description = "Installed modules and their switch per workspace.")
@Path("plugins")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PluginResource {

    @Inject
    PluginEnablement enablement;

    public record PluginJson(String id, String name, String description, String version, String provider, String requires,
                             String status, String problem, boolean enabled) {
        static PluginJson of(TenantPlugin p) {
            var i = p.plugin();
            return new PluginJson(i.id(), p.name(), p.description(), i.version(), i.provider(), i.requires(),
                    i.status().name(), i.problem().orElse(null), p.enabled());
        }
    }

    public record SwitchJson(Boolean enabled) {
    }

    @Operation(operationId = "listPlugins", summary = "Installed modules and whether this workspace has them on")
    @GET
    public List<PluginJson> list() {
        return enablement.list().stream().map(PluginJson::of).toList();
    }

    @Operation(operationId = "switchPlugin", summary = "Switch a module on or off for this workspace")
    @PATCH
    @Path("{id}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public PluginJson change(@PathParam("id") String id, SwitchJson body) {
        if (body == null || body.enabled() == null) {
            throw new InvalidInputException(List.of(new FieldError("enabled", "required", "must be true or false")));
        }
        return PluginJson.of(enablement.set(id, body.enabled()));
    }
}
