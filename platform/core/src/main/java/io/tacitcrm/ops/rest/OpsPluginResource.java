package io.tacitcrm.ops.rest;

import io.tacitcrm.ops.domain.TenantDirectory.WorkspaceName;
import io.tacitcrm.ops.service.PluginOperations;
import io.tacitcrm.ops.service.PluginOperations.BulkOutcome;
import io.tacitcrm.ops.service.PluginOperations.CatalogEntry;
import io.tacitcrm.plugin.domain.InstalledPlugin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The modules installed on this service, which workspaces use them, and their switches across workspaces. */
@Tag(name = "Plugin catalog", description = "Installed modules, their status and their use across workspaces.")
@Path("v1/plugins")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OpsPluginResource {

    /**
     * @param tenantsEnabled workspaces with the module on
     * @param tenants        some of them (on one module's page only)
     */
    public record CatalogPluginJson(String id, String version, String provider, String description, String requires,
            String status, String problem, Long tenantsEnabled, List<WorkspaceRefJson> tenants) {

        static CatalogPluginJson of(CatalogEntry e) {
            InstalledPlugin p = e.plugin();
            return new CatalogPluginJson(p.id(), p.version(), p.provider(), p.description(), p.requires(),
                    p.status().name(), p.problem().orElse(null), e.tenantsEnabled(),
                    e.tenants().stream().map(WorkspaceRefJson::of).toList());
        }
    }

    public record WorkspaceRefJson(String id, String workspace, String name) {

        static WorkspaceRefJson of(WorkspaceName w) {
            return new WorkspaceRefJson(w.id().value().toString(), w.workspace(), w.name());
        }
    }

    public record CatalogJson(List<CatalogPluginJson> items) {
    }

    public record PlanTargetJson(String plan) {
    }

    /** What a switch across workspaces did; {@code refused} names each workspace that refused, and why. */
    public record BulkSwitchJson(Integer visited, Integer changed, List<String> refused) {

        static BulkSwitchJson of(BulkOutcome o) {
            return new BulkSwitchJson(o.visited(), o.changed(), o.refused());
        }
    }

    @Inject
    PluginOperations plugins;

    @Operation(operationId = "opsListPlugins", summary = "The installed modules with their status and use")
    @GET
    public CatalogJson list() {
        return new CatalogJson(plugins.catalog().stream().map(CatalogPluginJson::of).toList());
    }

    @Operation(operationId = "opsGetPlugin", summary = "One module with the workspaces that have it on")
    @GET
    @Path("{id}")
    public CatalogPluginJson get(@PathParam("id") String id) {
        return CatalogPluginJson.of(plugins.get(id));
    }

    @Operation(operationId = "opsEnablePluginForPlan", summary = "Switch a module on for every active workspace of a"
            + " plan", description = "The plan must allow the module. Each workspace's switch is in both audits.")
    @POST
    @Path("{id}/enablement")
    public BulkSwitchJson enableForPlan(@PathParam("id") String id, @NotNull PlanTargetJson body) {
        return BulkSwitchJson.of(plugins.enableForPlan(id, body.plan()));
    }

    @Operation(operationId = "opsDisablePluginEverywhere", summary = "Switch a module off in every workspace",
            description = "Its data stays in its schema; a workspace may switch it on again.")
    @POST
    @Path("{id}/disablement")
    public BulkSwitchJson disableEverywhere(@PathParam("id") String id) {
        return BulkSwitchJson.of(plugins.disableEverywhere(id));
    }
}
