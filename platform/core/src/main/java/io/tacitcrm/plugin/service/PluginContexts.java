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

    private final PluginScope scope;
    private final AccountService accounts;
    private final OpportunityService opportunities;
    private final ActivityService activities;
    private final UserDirectory directory;
    private final UserAdministration administration;
    private final PluginStorage storage;
    private final Instance<CodeLabels> words;
    private final PluginCatalog catalog;
    private final FigureReader figures;
    private final PluginCalls calls;

    @Inject
    public PluginContexts(PluginScope scope, AccountService accounts, OpportunityService opportunities,
            ActivityService activities, UserDirectory directory, UserAdministration administration,
            PluginStorage storage, Instance<CodeLabels> words, PluginCatalog catalog, FigureReader figures,
            PluginCalls calls) {
        this.scope = scope;
        this.accounts = accounts;
        this.opportunities = opportunities;
        this.activities = activities;
        this.directory = directory;
        this.administration = administration;
        this.storage = storage;
        this.words = words;
        this.catalog = catalog;
        this.figures = figures;
        this.calls = calls;
    }

    /** For CDI's proxy only. */
    protected PluginContexts() {
        this(null, null, null, null, null, null, null, null, null, null, null);
    }

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
