package io.tacitcrm.plugin.service;

import io.tacitcrm.api.ModulePermission;
import io.tacitcrm.identity.service.DeclaredPermissions;
import io.tacitcrm.identity.service.DefaultGrants;
import io.tacitcrm.plugin.domain.PluginCatalog;
import io.tacitcrm.plugin.domain.TenantPlugins;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The permissions modules declare: offered in the role editor while the company has the module switched on, and granted
 * to the roles the module names the first time the company switches it on. A declared code that does not start with
 * the plugin's id is ignored (and logged), so no module can claim another's or the core's permission.
 */
@ApplicationScoped
public class ModulePermissions implements DeclaredPermissions {

    /** A module's permission as the role editor shows it. */
    public record Declared(String pluginId, String module, String code, String label, List<String> defaultRoles) {
    }

    private final PluginCatalog catalog;
    private final PluginCalls calls;
    private final TenantPlugins switches;
    private final DefaultGrants grants;
    private final PluginEnablement enablement;

    @Inject
    public ModulePermissions(PluginCatalog catalog, PluginCalls calls, TenantPlugins switches,
            DefaultGrants grants, PluginEnablement enablement) {
        this.catalog = catalog;
        this.calls = calls;
        this.switches = switches;
        this.grants = grants;
        this.enablement = enablement;
    }

    /** For CDI's proxy only. */
    protected ModulePermissions() {
        this(null, null, null, null, null);
    }

    /** What the company's switched-on modules declare, by module name then label. */
    public List<Declared> declared(Locale locale) {
        return enablement.enabledIds().stream().flatMap(id -> of(id, locale).stream())
                .sorted(Comparator.comparing(Declared::module).thenComparing(Declared::label)).toList();
    }

    @Override
    public Set<String> codes() {
        return declared(Locale.ENGLISH).stream().map(Declared::code).collect(Collectors.toSet());
    }

    /** Grants what the plugin declares to its default roles, once per code and company (in the switching one). */
    void grantDefaults(String pluginId, Locale locale) {
        Set<String> done = switches.defaultsGranted(pluginId);
        Set<String> granted = new HashSet<>(done);
        for (Declared permission : of(pluginId, locale)) {
            if (granted.add(permission.code())) {
                grants.grant(permission.code(), permission.defaultRoles());
            }
        }
        if (granted.size() > done.size()) {
            switches.markDefaultsGranted(pluginId, granted);
        }
    }

    private List<Declared> of(String pluginId, Locale locale) {
        return catalog.module(pluginId).stream()
                .flatMap(module -> {
                    String name = PluginEnablement.done(calls.call(pluginId, "name", () -> module.name(locale)))
                            .orElse(pluginId);
                    List<ModulePermission> permissions = PluginEnablement.done(calls.call(pluginId, "permissions",
                            () -> module.permissions(locale))).orElse(List.of());
                    return permissions.stream().filter(p -> owned(pluginId, p))
                            .map(p -> new Declared(pluginId, name, p.code(), p.label(), p.defaultRoles()));
                }).toList();
    }

    private static boolean owned(String pluginId, ModulePermission permission) {
        if (permission.code().startsWith(pluginId + ".")) {
            return true;
        }
        System.getLogger("tacit.plugin." + pluginId).log(System.Logger.Level.WARNING, "[" + pluginId
                + "] ignores the permission " + permission.code() + ": a module's codes start with its id");
        return false;
    }
}
