package io.tacitcrm.ops.service;

import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.DomainException;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.ops.domain.TenantDirectory;
import io.tacitcrm.ops.domain.TenantDirectory.WorkspaceName;
import io.tacitcrm.plugin.domain.InstalledPlugin;
import io.tacitcrm.plugin.domain.PluginCatalog;
import io.tacitcrm.tenancy.service.TenantRunner;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The modules installed on this service as operators see them — version, status, problems, how many workspaces use
 * each — and their switches across workspaces: on for every active workspace of a plan, off everywhere (data kept).
 * A bulk change runs workspace by workspace, each in its own transaction and request context, on a worker thread.
 */
@ApplicationScoped
public class PluginOperations {

    private static final Logger LOG = Logger.getLogger(PluginOperations.class.getName());
    /** Workspaces a module's page names. */
    public static final int TENANTS_SHOWN = 200;

    @Resource
    ManagedExecutorService executor;

    private final PluginCatalog catalog;
    private final TenantDirectory directory;
    private final OperatorPluginSwitch switches;
    private final TenantRunner runner;
    private final CurrentOperator operator;

    @Inject
    public PluginOperations(PluginCatalog catalog, TenantDirectory directory, OperatorPluginSwitch switches,
            TenantRunner runner, CurrentOperator operator) {
        this.catalog = catalog;
        this.directory = directory;
        this.switches = switches;
        this.runner = runner;
        this.operator = operator;
    }

    /** For CDI's proxy only. */
    protected PluginOperations() {
        this(null, null, null, null, null);
    }

    /** An installed module with the number of workspaces that have it on, and some of them. */
    public record CatalogEntry(InstalledPlugin plugin, long tenantsEnabled, List<WorkspaceName> tenants) {
    }

    /** What a bulk switch did: workspaces visited, switched, and those that refused (their plan, say). */
    public record BulkOutcome(int visited, int changed, List<String> refused) {
    }

    @Transactional
    public List<CatalogEntry> catalog() {
        operator.require();
        Map<String, Long> use = directory.pluginUse();
        return catalog.installed().stream().map(p -> new CatalogEntry(p, use.getOrDefault(p.id(), 0L), List.of()))
                .toList();
    }

    @Transactional
    public CatalogEntry get(String pluginId) {
        operator.require();
        InstalledPlugin plugin = catalog.find(pluginId).orElseThrow(() -> new NotFoundException("plugin"));
        return new CatalogEntry(plugin, directory.pluginUse().getOrDefault(pluginId, 0L),
                directory.usingPlugin(pluginId, TENANTS_SHOWN));
    }

    /** Switches the module on for every active workspace on the plan (which must allow it). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BulkOutcome enableForPlan(String pluginId, String planCode) {
        OperatorPrincipal me = operator.require();
        InstalledPlugin plugin = catalog.find(pluginId).orElseThrow(() -> new NotFoundException("plugin"));
        if (!plugin.isActive()) {
            throw new ConflictException("plugin", "plugin.not-active", "The module is " + plugin.status() + ": "
                    + plugin.problem().orElse("not active"));
        }
        return bulk(me, switches.planTargets(pluginId, planCode), pluginId, true);
    }

    /** Switches the module off in every workspace that has it on; its data stays in its schema. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public BulkOutcome disableEverywhere(String pluginId) {
        OperatorPrincipal me = operator.require();
        catalog.find(pluginId).orElseThrow(() -> new NotFoundException("plugin"));
        return bulk(me, switches.everyWorkspace(), pluginId, false);
    }

    private BulkOutcome bulk(OperatorPrincipal me, List<WorkspaceName> workspaces, String pluginId,
            boolean enabled) {
        try {
            return executor.submit(() -> {
                int changed = 0;
                List<String> refused = new ArrayList<>();
                for (WorkspaceName workspace : workspaces) {
                    try {
                        if (runner.as(workspace.id(), () -> {
                            operator.establish(me);
                            return switches.apply(workspace, pluginId, enabled);
                        })) {
                            changed++;
                        }
                    } catch (DomainException e) {
                        refused.add(workspace.workspace() + ": " + e.getMessage());
                    } catch (RuntimeException e) {
                        LOG.log(Level.WARNING, "Module " + pluginId + " not switched in " + workspace.id(), e);
                        refused.add(workspace.workspace() + ": " + e.getMessage());
                    }
                }
                return new BulkOutcome(workspaces.size(), changed, refused);
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while switching module " + pluginId, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("switching module " + pluginId + " failed: " + e.getCause(), e);
        }
    }
}
