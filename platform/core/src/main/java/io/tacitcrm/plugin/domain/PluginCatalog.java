package io.tacitcrm.plugin.domain;

import io.tacitcrm.api.CrmModule;
import java.util.List;
import java.util.Optional;

/** The plugins installed on this server and the extensions of the active ones. */
public interface PluginCatalog {

    List<InstalledPlugin> installed();

    /** Whether the host has finished loading the plugins at start-up (whatever each one's verdict). */
    boolean loaded();

    Optional<InstalledPlugin> find(String pluginId);

    /** The active plugin a class belongs to, by its name (for errors raised by plugin code outside a guarded call). */
    Optional<String> pluginOf(String className);

    /**
     * Stops an active plugin for good on this server (until its restart): it is no longer called, and the catalog
     * and readiness report it {@link PluginStatus#STOPPED} with {@code why}. False when it was not active.
     */
    boolean stop(String pluginId, String why);

    /** Where the active plugin's memory is reached from; empty when it is not active. */
    Optional<PluginHeap> heap(String pluginId);

    /** The active plugin's extensions of this type (empty for a plugin that is not active). */
    <T> List<T> extensions(String pluginId, Class<T> type);

    /**
     * Whether any active plugin offers an extension of this type: hot paths ask first, so that without one no
     * tenant's switches are read at all.
     */
    default boolean offers(Class<?> type) {
        return installed().stream().filter(InstalledPlugin::isActive)
                .anyMatch(p -> !extensions(p.id(), type).isEmpty());
    }

    /** The plugin's own module: the {@link CrmModule} whose id is the plugin's (others in its archive are ignored). */
    default Optional<CrmModule> module(String pluginId) {
        return extensions(pluginId, CrmModule.class).stream().filter(m -> pluginId.equals(m.id())).findFirst();
    }
}
