package io.tacitcrm.plugin.service;

import io.tacitcrm.api.sales.StageGate;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.plugin.domain.PluginCatalog;
import io.tacitcrm.sales.domain.OpportunityId;
import io.tacitcrm.sales.domain.StageGates;
import io.tacitcrm.sales.domain.StageId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The enabled plugins' {@link StageGate}s, asked as the mover under the plugin time limit. A gate that fails or is
 * slow is logged and lets the move pass: a broken module must not stop a company's sales.
 */
@ApplicationScoped
public class PluginStageGates implements StageGates {

    private final PluginCatalog catalog;
    private final PluginEnablement enablement;
    private final PluginContexts contexts;
    private final PluginCalls calls;
    private final CurrentPrincipal principal;

    @Inject
    public PluginStageGates(PluginCatalog catalog, PluginEnablement enablement, PluginContexts contexts,
            PluginCalls calls, CurrentPrincipal principal) {
        this.catalog = catalog;
        this.enablement = enablement;
        this.contexts = contexts;
        this.calls = calls;
        this.principal = principal;
    }

    /** For CDI's proxy only. */
    protected PluginStageGates() {
        this(null, null, null, null, null);
    }

    @Override
    public List<String> unmet(OpportunityId opportunity, StageId target) {
        // the common case on a hot path: no active plugin has a gate — then not even the tenant's switches are read
        if (!catalog.offers(StageGate.class)) {
            return List.of();
        }
        PluginCaller caller = PluginCaller.of(principal.require());
        List<String> unmet = new ArrayList<>();
        for (EnabledExtension<StageGate> gate : enablement.extensions(StageGate.class)) {
            PluginOutcome<List<String>> outcome = calls.call(gate.pluginId(), "stage gate", () -> List.copyOf(
                    gate.extension().unmet(opportunity.value(), target.value(), contexts.of(gate.pluginId(), caller))));
            if (outcome instanceof PluginOutcome.Done<List<String>> done) {
                unmet.addAll(done.value());
            }
        }
        return unmet;
    }
}
