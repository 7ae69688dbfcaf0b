package io.tacitcrm.plugin.service;

import io.tacitcrm.activity.service.ActivityService;
import io.tacitcrm.api.Labels;
import io.tacitcrm.api.ModuleSetting;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.customer.service.AccountService;
import io.tacitcrm.identity.service.UserAdministration;
import io.tacitcrm.identity.service.UserDirectory;
import io.tacitcrm.plugin.domain.PluginCatalog;
import io.tacitcrm.plugin.domain.PluginStorage;
import io.tacitcrm.sales.service.OpportunityService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;

/** Makes the {@link PluginContext} a plugin gets for one call on behalf of one caller. */
@ApplicationScoped
public class PluginContexts {

    @Inject
    PluginScope scope;
    @Inject
    AccountService accounts;
    @Inject
    OpportunityService opportunities;
    @Inject
    ActivityService activities;
    @Inject
    UserDirectory directory;
    @Inject
    UserAdministration administration;
    @Inject
    PluginStorage storage;
    @Inject
    Instance<CodeLabels> words;
    @Inject
    PluginCatalog catalog;
    @Inject
    FigureReader figures;
    @Inject
    PluginCalls calls;

    public PluginContext of(String pluginId, PluginCaller caller) {
        return new HostPluginContext(pluginId, caller,
                new HostCustomers(scope, caller, accounts),
                new HostOpportunities(scope, caller, opportunities),
                new HostActivities(scope, caller, activities),
                new HostDirectory(scope, caller, directory, administration),
                new HostSettings(storage.settings(pluginId, caller.tenant()), () -> described(pluginId, caller)),
                storage.database(pluginId, caller.tenant()),
                words.isResolvable() ? new HostLabels(words.get(), caller.locale()) : Labels.codes(),
                new HostFigures(scope, caller, figures),
                (name, work) -> calls.callInBackground(pluginId, name, () -> {
                    work.run(of(pluginId, caller));
                    return name;
                }));
    }

    /** The settings the plugin's module describes; asked for (in the plugin's own call) only when one is read. */
    private List<ModuleSetting> described(String pluginId, PluginCaller caller) {
        return catalog.module(pluginId).map(m -> m.settings(caller.locale())).orElse(List.of());
    }
}
