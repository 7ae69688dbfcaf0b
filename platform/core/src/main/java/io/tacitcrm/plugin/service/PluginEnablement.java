package io.tacitcrm.plugin.service;

import io.tacitcrm.api.CrmModule;
import io.tacitcrm.audit.service.Audit;
import io.tacitcrm.common.domain.ConflictException;
import io.tacitcrm.common.domain.NotFoundException;
import io.tacitcrm.identity.domain.Permission;
import io.tacitcrm.identity.domain.UserId;
import io.tacitcrm.identity.service.CurrentPrincipal;
import io.tacitcrm.identity.service.Principal;
import io.tacitcrm.identity.service.RevisionCache;
import io.tacitcrm.plugin.domain.InstalledPlugin;
import io.tacitcrm.plugin.domain.PluginCatalog;
import io.tacitcrm.plugin.domain.TenantPlugins;
import io.tacitcrm.tenancy.domain.TenantId;
import io.tacitcrm.tenancy.service.PlanEnforcement;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Which installed plugins the current tenant uses. Operators install; the tenant's administrators
 * ({@code plugins.manage}) switch them on and off. The switch is read on every use, so turning a plugin off removes its
 * screens, endpoints, panels, menu entries and event deliveries for this tenant at once; its data stays.
 */
@ApplicationScoped
@Transactional
public class PluginEnablement {

    private static final String ENTITY = "plugin";
    /** Marks a transaction that switched a plugin: its principal's revision predates the switch. */
    private static final String SWITCHED = PluginEnablement.class.getName() + ".switched";

    private final PluginCatalog catalog;
    private final TenantPlugins switches;
    private final CurrentPrincipal caller;
    private final PluginCalls calls;
    private final Audit audit;
    private final PluginContexts contexts;
    private final ModulePermissions permissions;
    private final RevisionCache cache;
    private final PlanEnforcement plan;

    @Inject
    public PluginEnablement(PluginCatalog catalog, TenantPlugins switches, CurrentPrincipal caller,
            PluginCalls calls, Audit audit, PluginContexts contexts, ModulePermissions permissions,
            RevisionCache cache, PlanEnforcement plan) {
        this.catalog = catalog;
        this.switches = switches;
        this.caller = caller;
        this.calls = calls;
        this.audit = audit;
        this.contexts = contexts;
        this.permissions = permissions;
        this.cache = cache;
        this.plan = plan;
    }

    /** For CDI's proxy only. */
    protected PluginEnablement() {
        this(null, null, null, null, null, null, null, null, null);
    }

    @Resource
    TransactionSynchronizationRegistry transactions;

    public List<TenantPlugin> list() {
        Principal me = caller.require();
        Set<String> enabled = switches.enabled();
        return catalog.installed().stream().map(p -> describe(p, me.locale(), enabled.contains(p.id()))).toList();
    }

    /** Ids of the plugins that are active on this server and enabled by the current tenant. */
    public Set<String> enabledIds() {
        Set<String> enabled = new HashSet<>(switchedOn());
        enabled.removeIf(id -> catalog.find(id).filter(InstalledPlugin::isActive).isEmpty());
        return enabled;
    }

    public boolean isEnabled(String pluginId) {
        return catalog.find(pluginId).filter(InstalledPlugin::isActive).isPresent() && switchedOn()
                .contains(pluginId);
    }

    /**
     * The switched-on plugins, read once per workspace and access revision (switching a plugin moves the revision):
     * every plugin call, screen and event delivery asks, and reading the switches was a fifth of a plugin API call.
     * Read afresh without a principal, and in the transaction that switched one.
     */
    private Set<String> switchedOn() {
        if (transactions.getResource(SWITCHED) != null) {
            return switches.enabled();
        }
        return caller.get().map(me -> cache.get(me, "plugins.enabled", () -> Set.copyOf(switches.enabled())))
                .orElseGet(switches::enabled);
    }

    /** The extensions of this type from every plugin the current tenant enabled, by plugin id. */
    public <T> List<EnabledExtension<T>> extensions(Class<T> type) {
        return enabledIds().stream().sorted()
                .flatMap(id -> catalog.extensions(id, type).stream().map(e -> new EnabledExtension<>(id, e)))
                .toList();
    }

    public TenantPlugin set(String pluginId, boolean enabled) {
        Principal me = caller.require();
        me.require(Permission.PLUGINS_MANAGE);
        InstalledPlugin plugin = switchTo(pluginId, enabled, Optional.of(me.userId()), me.locale(),
                PluginCaller.of(me)).plugin();
        transactions.putResource(SWITCHED, Boolean.TRUE);
        audit.recordWithoutEntity(enabled ? "PLUGIN_ENABLED" : "PLUGIN_DISABLED", ENTITY, pluginId + " "
                + plugin.version());
        return describe(plugin, me.locale(), enabled);
    }

    /**
     * The hosting operator switches a module for the bound workspace, no user of it acting: the same plan check and
     * default grants, and the module's own reaction after the commit; the operators' audit records it in both audits.
     *
     * @return whether the switch changed
     */
    public boolean setByOperator(TenantId tenant, String workspace, Locale locale, String pluginId,
            boolean enabled) {
        return switchTo(pluginId, enabled, Optional.empty(), locale,
                new PluginCaller(tenant, workspace, Optional.empty(), locale, ZoneOffset.UTC)).changed();
    }

    private record Switched(InstalledPlugin plugin, boolean changed) {
    }

    /** The switch itself, whoever flips it: plan check, the row, default grants, the module's reaction after commit. */
    private Switched switchTo(String pluginId, boolean enabled, Optional<UserId> by, Locale locale,
            PluginCaller on) {
        InstalledPlugin plugin = catalog.find(pluginId).orElseThrow(() -> new NotFoundException(ENTITY));
        if (enabled && !plugin.isActive()) {
            throw new ConflictException("enabled", "plugin.not-active",
                    "The plugin is installed but " + plugin.status() + ": " + plugin.problem().orElse("not active"));
        }
        if (enabled) {
            plan.allowPlugin(pluginId);
        }
        boolean changed = switches.enabled().contains(pluginId) != enabled;
        switches.set(pluginId, enabled, by);
        if (enabled) {
            permissions.grantDefaults(pluginId, locale);
        }
        if (changed) {
            AfterCommit.run(transactions, () -> lifecycle(pluginId, enabled, on));
        }
        return new Switched(plugin, changed);
    }

    /**
     * The module's own reaction to being switched on or off for this company, on a worker, after the commit, in the
     * order of the company's switches.
     */
    private void lifecycle(String pluginId, boolean enabled, PluginCaller caller) {
        for (CrmModule module : catalog.extensions(pluginId, CrmModule.class)) {
            Callable<Void> reaction = () -> {
                if (enabled) {
                    module.onEnabled(contexts.of(pluginId, caller));
                } else {
                    module.onDisabled(contexts.of(pluginId, caller));
                }
                return null;
            };
            calls.callLaterInOrder(List.of(caller.tenant(), pluginId), pluginId, enabled ? "onEnabled" : "onDisabled",
                    reaction);
        }
    }

    private TenantPlugin describe(InstalledPlugin plugin, Locale locale, boolean enabled) {
        Optional<CrmModule> module = catalog.module(plugin.id());
        String name = module.flatMap(m -> done(calls.call(plugin.id(), "name", () -> m.name(locale))))
                .orElse(plugin.id());
        String description = module.flatMap(m -> done(calls.call(plugin.id(), "description", ()
                -> m.description(locale))))
                .filter(d -> !d.isBlank()).orElse(plugin.description());
        return new TenantPlugin(plugin, name, description, enabled);
    }

    static <T> Optional<T> done(PluginOutcome<T> outcome) {
        return outcome instanceof PluginOutcome.Done<T> done ? Optional.ofNullable(done.value()) : Optional.empty();
    }
}
