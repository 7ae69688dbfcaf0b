package io.tacitcrm.ops.service;

import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.InvalidInputException;
import io.tacitcrm.ops.domain.TenantDirectory;
import io.tacitcrm.ops.domain.TenantDirectory.WorkspaceName;
import io.tacitcrm.plugin.service.PluginEnablement;
import io.tacitcrm.tenancy.domain.Plan;
import io.tacitcrm.tenancy.domain.PlanRepository;
import io.tacitcrm.tenancy.domain.TenantStatus;
import io.tacitcrm.tenancy.service.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Modules switched by an operator: which workspaces a bulk change visits, and one workspace's switch in a transaction
 * of its own, written into both audits.
 */
@ApplicationScoped
public class OperatorPluginSwitch {

    private final PluginEnablement enablement;
    private final TenantDirectory directory;
    private final PlanRepository plans;
    private final OperatorAudit audit;
    private final TenantContext tenantContext;

    @Inject
    public OperatorPluginSwitch(PluginEnablement enablement, TenantDirectory directory, PlanRepository plans,
            OperatorAudit audit, TenantContext tenantContext) {
        this.enablement = enablement;
        this.directory = directory;
        this.plans = plans;
        this.audit = audit;
        this.tenantContext = tenantContext;
    }

    /** For CDI's proxy only. */
    protected OperatorPluginSwitch() {
        this(null, null, null, null, null);
    }

    /** The active workspaces on the plan, which must exist and allow the module. */
    @Transactional
    public List<WorkspaceName> planTargets(String pluginId, String planCode) {
        Plan plan = plans.find(planCode == null ? "" : planCode.strip())
                .orElseThrow(() -> InvalidInputException.of("plan", "plan.unknown", "no plan has this code"));
        if (!plan.limits().allowsPlugin(pluginId)) {
            throw new ConflictException("plan", "plan.plugin", "Plan " + plan.code() + " does not include module "
                    + pluginId + ".");
        }
        return directory.withStatus(Optional.of(plan.code()), EnumSet.of(TenantStatus.ACTIVE));
    }

    /** Every workspace, whatever its status. */
    @Transactional
    public List<WorkspaceName> everyWorkspace() {
        return directory.withStatus(Optional.empty(), EnumSet.allOf(TenantStatus.class));
    }

    /** @return whether the switch changed */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean apply(WorkspaceName workspace, String pluginId, boolean enabled) {
        tenantContext.bind(workspace.id());
        boolean changed = enablement.setByOperator(workspace.id(), workspace.workspace(),
                Locale.forLanguageTag(workspace.locale()), pluginId, enabled);
        if (changed) {
            audit.record(enabled ? "PLUGIN_ENABLE" : "PLUGIN_DISABLE", Optional.of(workspace.id()), enabled
                    ? "switched module " + pluginId + " on" : "switched module " + pluginId + " off (its data stays)");
        }
        return changed;
    }
}
