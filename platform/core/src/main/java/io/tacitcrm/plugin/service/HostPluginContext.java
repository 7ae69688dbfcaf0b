package io.tacitcrm.plugin.service;

import io.tacitcrm.api.CurrentUser;
import io.tacitcrm.api.Labels;
import io.tacitcrm.api.PluginContext;
import io.tacitcrm.api.PluginSettings;
import io.tacitcrm.api.TenantDatabase;
import io.tacitcrm.api.TenantRef;
import io.tacitcrm.api.figures.Figures;
import io.tacitcrm.api.job.Background;
import io.tacitcrm.api.records.Activities;
import io.tacitcrm.api.records.Customers;
import io.tacitcrm.api.records.Opportunities;
import io.tacitcrm.api.records.Roles;
import io.tacitcrm.api.records.Users;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** The host as one plugin sees it for one call. */
record HostPluginContext(String pluginId, PluginCaller caller, Customers customers, Opportunities opportunities,
                         Activities activities, HostDirectory directory, PluginSettings settings,
                         TenantDatabase database, Labels labels, Figures figures, Background background)
        implements PluginContext {

    @Override
    public TenantRef tenant() {
        return new TenantRef(caller.tenant().value(), caller.workspace());
    }

    @Override
    public Optional<CurrentUser> user() {
        return caller.principal().filter(p -> !p.readsAsCompany())
                .map(p -> new CurrentUser(p.userId().value(), p.name(), p.locale(),
                p.permissions().codes()));
    }

    @Override
    public Locale locale() {
        return caller.locale();
    }

    @Override
    public ZoneId zone() {
        return caller.zone();
    }

    @Override
    public Users users() {
        return directory;
    }

    @Override
    public Roles roles() {
        return directory;
    }

    @Override
    public System.Logger log() {
        return PluginLog.of(pluginId);
    }
}
